// Reads the "sources" block of a GPU record: kinds and their required keys; tested in tests/catalog/schema_errors_test.cpp.
#include "catalog/schema_reader.h"

namespace catalog {

namespace {

void require(const json::Node& node, std::string_view key, const SourceRef& ref, SchemaReader& reader) {
  const json::Node* value = node.get(key);
  if (value && value->is(json::Kind::string) && !value->text.empty()) return;
  if (value && value->is(json::Kind::string)) {
    reader.error(core::ErrorCode::schema, value->offset,
                 "source \"" + ref.id + "\" (" + to_string(ref.kind) + ") has an empty \"" + std::string(key) + "\"");
    return;
  }
  if (value) return;  // wrong type, already reported
  reader.error(core::ErrorCode::schema, node.offset,
               "source \"" + ref.id + "\" (" + to_string(ref.kind) + ") is missing required key \"" + std::string(key) + "\"");
}

}  // namespace

std::map<std::string, SourceRef> read_sources(const json::Node& sources, SchemaReader& reader) {
  std::map<std::string, SourceRef> out;
  if (!reader.expect_object(sources, "\"sources\"")) return out;
  reader.check_duplicate_keys(sources, "\"sources\"");
  for (const auto& member : sources.members) {
    const json::Node& node = member.value;
    std::string what = "source \"" + member.key + "\"";
    if (!reader.expect_object(node, what)) continue;
    reader.check_keys(node, {"kind", "title", "url", "capture", "tool", "driver", "date", "formula", "record"}, {"kind"},
                      what);
    SourceRef ref;
    ref.id = member.key;
    ref.position = reader.at(member.key_offset);
    auto text = [&](std::string_view key) { return reader.string_member(node, key, what).value_or(""); };
    ref.title = text("title");
    ref.url = text("url");
    ref.capture = text("capture");
    ref.tool = text("tool");
    ref.driver = text("driver");
    ref.date = text("date");
    ref.formula = text("formula");
    ref.record = text("record");
    auto kind_text = reader.string_member(node, "kind", what);
    if (kind_text) {
      if (auto kind = source_kind_from_string(*kind_text)) {
        ref.kind = *kind;
        switch (*kind) {
          case SourceKind::vendor:
            require(node, "url", ref, reader);
            require(node, "title", ref, reader);
            break;
          case SourceKind::measured:
            require(node, "capture", ref, reader);
            require(node, "tool", ref, reader);
            break;
          case SourceKind::derived:
            require(node, "formula", ref, reader);
            break;
          case SourceKind::third_party:
            if (ref.url.empty() && ref.record.empty()) {
              reader.error(core::ErrorCode::schema, node.offset,
                           "source \"" + ref.id + "\" (third_party) needs \"url\" or \"record\"");
            }
            break;
        }
      } else {
        reader.error(core::ErrorCode::schema, node.get("kind")->offset,
                     "source \"" + ref.id + "\" has unknown kind \"" + *kind_text +
                         "\" (expected measured, vendor, derived or third_party)");
      }
    }
    out.emplace(ref.id, std::move(ref));
  }
  return out;
}

}  // namespace catalog
