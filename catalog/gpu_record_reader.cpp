// Reads one GPU record (datasets/catalog/<vendor>/<id>.json) against the schema; tested in tests/catalog/schema_errors_test.cpp.
#include <algorithm>
#include <array>

#include "catalog/schema_reader.h"

namespace catalog {

namespace {

constexpr std::array<std::string_view, 3> kVendors{"nvidia", "amd", "intel"};

template <size_t N>
std::string one_of(const std::array<std::string_view, N>& words) {
  std::string out;
  for (size_t i = 0; i < N; ++i) {
    if (i > 0) out += i + 1 == N ? " or " : ", ";
    out += words[i];
  }
  return out;
}

// A closed vocabulary value; unknown words are errors at the value.
template <size_t N>
void check_word(const json::Node& root, std::string_view key, const std::array<std::string_view, N>& words,
                SchemaReader& reader) {
  const json::Node* node = root.get(key);
  if (!node || !node->is(json::Kind::string)) return;
  if (std::find(words.begin(), words.end(), node->text) != words.end()) return;
  reader.error(core::ErrorCode::schema, node->offset,
               "unknown " + std::string(key) + " \"" + node->text + "\" (expected " + one_of(words) + ")");
}

}  // namespace

Gpu read_gpu_record(const json::Node& root, SchemaReader& reader) {
  Gpu gpu;
  gpu.path = reader.path();
  gpu.position = reader.at(root.offset);
  if (!reader.expect_object(root, "a GPU record")) return gpu;
  const char* what = "GPU record";
  reader.check_keys(root, {"id", "name", "vendor", "segment", "aliases", "family", "variant", "sources", "fields"},
                    {"id", "name", "vendor", "segment", "aliases", "sources", "fields"}, what);
  auto text = [&](std::string_view key, std::string& into, core::Position* where) {
    if (auto value = reader.string_member(root, key, what)) {
      into = *value;
      if (where) *where = reader.at(root.get(key)->offset);
    }
  };
  text("id", gpu.id, &gpu.id_position);
  text("name", gpu.name, &gpu.name_position);
  text("vendor", gpu.vendor, &gpu.vendor_position);
  text("segment", gpu.segment, nullptr);
  text("family", gpu.family, &gpu.family_position);
  text("variant", gpu.variant, nullptr);
  check_word(root, "vendor", kVendors, reader);
  check_word(root, "segment", kSegments, reader);
  for (auto& [alias, position] : reader.string_array_member(root, "aliases", what)) {
    gpu.aliases.push_back(alias);
    gpu.alias_positions.push_back(position);
  }
  if (const json::Node* sources = root.get("sources")) gpu.sources = read_sources(*sources, reader);
  if (const json::Node* fields = root.get("fields")) {
    // Fields are checked against sources even when "sources" is missing, so a record with
    // no sources reports each uncited field rather than hiding them.
    gpu.fields = read_fields(*fields, gpu.sources, reader);
  }
  return gpu;
}

Family read_family_record(const json::Node& root, SchemaReader& reader) {
  Family family;
  family.path = reader.path();
  family.position = reader.at(root.offset);
  if (!reader.expect_object(root, "a family record")) return family;
  const char* what = "family record";
  reader.check_keys(root, {"id", "name", "aliases", "members"}, {"id", "name", "aliases", "members"}, what);
  if (auto id = reader.string_member(root, "id", what)) {
    family.id = *id;
    family.id_position = reader.at(root.get("id")->offset);
  }
  if (auto name = reader.string_member(root, "name", what)) family.name = *name;
  for (auto& [alias, position] : reader.string_array_member(root, "aliases", what)) {
    family.aliases.push_back(alias);
    family.alias_positions.push_back(position);
  }
  for (auto& [member, position] : reader.string_array_member(root, "members", what)) {
    family.members.push_back(member);
    family.member_positions.push_back(position);
  }
  return family;
}

}  // namespace catalog
