// Which catalog values rest only on a third-party source, for `catalog show`; tested in tests/catalog/record_view_test.cpp.
#include "catalog/record_view.h"
#include "core/field.h"

namespace catalog {

bool third_party_only(const Gpu& gpu, const FieldValue& value) {
  // A field cites one source; a note may name others, but only the cited one is evidence.
  const SourceRef* source = gpu.source_of(value);
  return source && source->kind == SourceKind::third_party;
}

size_t third_party_only_count(const Gpu& gpu) {
  size_t n = 0;
  for (const auto& [name, value] : gpu.fields) n += third_party_only(gpu, value) ? 1 : 0;
  return n;
}

}  // namespace catalog
