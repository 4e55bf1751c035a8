// Reads one architecture record (datasets/catalog/architectures/<id>.json) against the schema; tested in tests/catalog/architecture_test.cpp.
#include "catalog/schema_reader.h"

namespace catalog {

Architecture read_architecture_record(const json::Node& root, SchemaReader& reader) {
  Architecture a;
  a.path = reader.path();
  a.position = reader.at(root.offset);
  if (!reader.expect_object(root, "an architecture record")) return a;
  const char* what = "architecture record";
  reader.check_keys(root, {"id", "vendor", "architecture", "sources", "fields"},
                    {"id", "vendor", "architecture", "sources", "fields"}, what);
  if (auto v = reader.string_member(root, "id", what)) a.id = *v;
  if (auto v = reader.string_member(root, "vendor", what)) a.vendor = *v;
  if (auto v = reader.string_member(root, "architecture", what)) a.architecture = *v;
  if (const json::Node* sources = root.get("sources")) a.sources = read_sources(*sources, reader);
  if (const json::Node* fields = root.get("fields")) a.fields = read_fields(*fields, a.sources, reader);
  return a;
}

}  // namespace catalog
