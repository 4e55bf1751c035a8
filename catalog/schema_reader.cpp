// Schema-reading steps shared by the GPU, family, source and field readers; tested in tests/catalog/schema_errors_test.cpp.
#include "catalog/schema_reader.h"

#include <algorithm>
#include <map>

namespace catalog {

void SchemaReader::error(core::ErrorCode code, size_t offset, std::string message) {
  errors_.push_back({code, std::move(message), at(offset)});
}

void SchemaReader::wrong_type(const json::Node& node, std::string_view what, std::string_view expected) {
  error(core::ErrorCode::schema, node.offset,
        std::string(what) + " must be " + std::string(expected) + ", got " + json::to_string(node.kind));
}

bool SchemaReader::expect_object(const json::Node& node, std::string_view what) {
  if (node.is(json::Kind::object)) return true;
  wrong_type(node, what, "an object");
  return false;
}

void SchemaReader::check_keys(const json::Node& object, std::initializer_list<std::string_view> allowed,
                              std::initializer_list<std::string_view> required, std::string_view what) {
  for (const auto& m : object.members) {
    if (std::find(allowed.begin(), allowed.end(), m.key) == allowed.end()) {
      error(core::ErrorCode::schema, m.key_offset, "unknown key \"" + m.key + "\" in " + std::string(what));
    }
  }
  check_duplicate_keys(object, what);
  for (auto key : required) {
    if (!object.get(key)) {
      error(core::ErrorCode::schema, object.offset,
            "missing required key \"" + std::string(key) + "\" in " + std::string(what));
    }
  }
}

void SchemaReader::check_duplicate_keys(const json::Node& object, std::string_view what) {
  std::map<std::string, size_t> first_seen;
  for (const auto& m : object.members) {
    auto [it, inserted] = first_seen.emplace(m.key, m.key_offset);
    if (!inserted) {
      // Readers would silently keep one of the two; the author meant only one.
      error(core::ErrorCode::schema, m.key_offset,
            "duplicate key \"" + m.key + "\" in " + std::string(what) + " (first at line " +
                std::to_string(at(it->second).line) + ")");
    }
  }
}

std::optional<std::string> SchemaReader::string_member(const json::Node& object, std::string_view key,
                                                       std::string_view what) {
  const json::Node* node = object.get(key);
  if (!node) return std::nullopt;
  if (!node->is(json::Kind::string)) {
    wrong_type(*node, "\"" + std::string(key) + "\" of " + std::string(what), "a string");
    return std::nullopt;
  }
  return node->text;
}

std::vector<std::pair<std::string, core::Position>> SchemaReader::string_array_member(const json::Node& object,
                                                                                      std::string_view key,
                                                                                      std::string_view what) {
  std::vector<std::pair<std::string, core::Position>> out;
  const json::Node* node = object.get(key);
  if (!node) return out;
  std::string label = "\"" + std::string(key) + "\" of " + std::string(what);
  if (!node->is(json::Kind::array)) {
    wrong_type(*node, label, "an array of strings");
    return out;
  }
  for (const auto& item : node->items) {
    if (!item.is(json::Kind::string)) {
      wrong_type(item, "each element of " + label, "a string");
    } else if (item.text.empty()) {
      error(core::ErrorCode::schema, item.offset, "empty string in " + label);
    } else {
      out.emplace_back(item.text, at(item.offset));
    }
  }
  return out;
}

}  // namespace catalog
