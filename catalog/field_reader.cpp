// Reads the "fields" block of a GPU record: vocabulary, units, value types, citations; tested in tests/catalog/schema_errors_test.cpp.
#include <algorithm>

#include "catalog/schema_reader.h"
#include "core/field.h"
#include "core/quantity.h"

namespace catalog {

namespace {

// The nearest vocabulary word, when the unknown name looks like a typo of one.
std::string closest_field(const std::string& name) {
  std::string best;
  size_t best_distance = 4;  // more edits than this is a different word, not a typo
  for (const auto& info : core::value_fields()) {
    const std::string candidate(info.name);
    std::vector<size_t> row(candidate.size() + 1);
    for (size_t j = 0; j <= candidate.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= name.size(); ++i) {
      size_t diagonal = row[0];
      row[0] = i;
      for (size_t j = 1; j <= candidate.size(); ++j) {
        size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (name[i - 1] == candidate[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    if (row[candidate.size()] < best_distance) {
      best_distance = row[candidate.size()];
      best = candidate;
    }
  }
  return best;
}

std::optional<Value> read_value(const json::Node& node, const core::FieldInfo& info, const std::string& what,
                                SchemaReader& reader) {
  bool wants_number = info.type == core::FieldType::number;
  if (wants_number && node.is(json::Kind::number)) return Value{node.number};
  if (!wants_number && node.is(json::Kind::string)) return Value{node.text};
  reader.wrong_type(node, what, wants_number ? "a number" : "a string");
  return std::nullopt;
}

void check_unit(const json::Node& object, const core::FieldInfo& info, SchemaReader& reader, FieldValue& out) {
  const std::string field(info.name);
  const std::string canonical(info.unit);
  const json::Node* unit = object.get("unit");
  if (!unit) {
    if (!canonical.empty()) {
      reader.error(core::ErrorCode::schema, object.offset, field + " needs \"unit\": \"" + canonical + "\"");
    }
    return;
  }
  if (!unit->is(json::Kind::string)) {
    reader.wrong_type(*unit, "\"unit\" of " + field, "a string");
    return;
  }
  out.unit = unit->text;
  if (canonical.empty()) {
    reader.error(core::ErrorCode::schema, unit->offset,
                 field + " is a count or text and takes no unit, got \"" + unit->text + "\"");
  } else if (unit->text != canonical) {
    if (!core::unit_from_symbol(unit->text)) {
      reader.error(core::ErrorCode::schema, unit->offset,
                   "unknown unit \"" + unit->text + "\" for " + field + " (the catalog states it in " + canonical + ")");
    } else {
      reader.error(core::ErrorCode::schema, unit->offset,
                   field + " must be stated in " + canonical + ", not \"" + unit->text + "\"");
    }
  }
}

}  // namespace

std::map<std::string, FieldValue> read_fields(const json::Node& fields, const std::map<std::string, SourceRef>& sources,
                                              SchemaReader& reader) {
  std::map<std::string, FieldValue> out;
  if (!reader.expect_object(fields, "\"fields\"")) return out;
  reader.check_duplicate_keys(fields, "\"fields\"");
  for (const auto& member : fields.members) {
    const core::FieldInfo* info = core::find_field(member.key);
    if (!info) {
      std::string hint = closest_field(member.key);
      reader.error(core::ErrorCode::schema, member.key_offset,
                   "unknown field \"" + member.key + "\"" + (hint.empty() ? "" : " (did you mean \"" + hint + "\"?)"));
      continue;
    }
    const json::Node& node = member.value;
    std::string what = "field " + member.key;
    if (!reader.expect_object(node, what)) continue;
    reader.check_keys(node, {"value", "unit", "source", "sparse", "also_accepted", "node", "note"}, {"value"}, what);
    FieldValue fv;
    fv.field = member.key;
    fv.position = reader.at(node.offset);
    bool readable = true;
    if (const json::Node* value = node.get("value")) {
      fv.position = reader.at(value->offset);
      if (auto v = read_value(*value, *info, "value of " + member.key, reader)) {
        fv.value = *v;
      } else {
        readable = false;
      }
    } else {
      readable = false;
    }
    check_unit(node, *info, reader, fv);
    if (const json::Node* sparse = node.get("sparse")) {
      if (sparse->is(json::Kind::number)) {
        fv.sparse = sparse->number;
      } else {
        reader.wrong_type(*sparse, "\"sparse\" of " + member.key, "a number");
      }
    }
    if (const json::Node* also = node.get("also_accepted")) {
      if (!also->is(json::Kind::array)) {
        reader.wrong_type(*also, "\"also_accepted\" of " + member.key, "an array");
      } else {
        for (const auto& item : also->items) {
          if (auto v = read_value(item, *info, "each element of \"also_accepted\" of " + member.key, reader)) {
            fv.also_accepted.push_back(*v);
          }
        }
      }
    }
    fv.note = reader.string_member(node, "note", what).value_or("");
    fv.node = reader.string_member(node, "node", what).value_or("");
    if (const json::Node* source = node.get("source")) {
      if (!source->is(json::Kind::string)) {
        reader.wrong_type(*source, "\"source\" of " + member.key, "a string naming a key of \"sources\"");
      } else {
        fv.source = source->text;
        if (!sources.count(fv.source)) {
          reader.error(core::ErrorCode::schema, source->offset,
                       "field " + member.key + " cites source \"" + fv.source + "\", which is not in \"sources\"");
        }
      }
    } else {
      reader.error(core::ErrorCode::schema, node.offset, "field " + member.key + " names no source");
    }
    if (readable) out.emplace(member.key, std::move(fv));
  }
  return out;
}

}  // namespace catalog
