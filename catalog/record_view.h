// What `factcheck catalog show` and `list` print, as text and JSON; tested in tests/catalog/record_view_test.cpp.
#pragma once
#include <string>

#include "catalog/catalog.h"

namespace catalog {

// A value whose only source is a third-party one (a database, a review): `show` marks it.
bool third_party_only(const Gpu& gpu, const FieldValue& value);
// How many of the GPU's values are third-party only.
size_t third_party_only_count(const Gpu& gpu);

// {"id","name","vendor","segment","family","variant","aliases":[...],"third_party_only":N,"fields":{"memory_size":
//  {"value":24,"unit":"GB","source":{"id","kind","url"|"capture"|...},"third_party_only":true,"sparse",
//   "also_accepted","node","note"}}} ("third_party_only" on a field only when true)
// Fields in vocabulary order; optional members only when set; integral numbers print without ".0".
std::string gpu_json(const Gpu& gpu);
// {"family":{"id","name","aliases"},"members":[<gpu_json of each member>...]}
std::string family_json(const Family& family, const Catalog& catalog);
// {"gpus":[{"id","name","vendor","segment","family"}...],"families":[{"id","name","members"}...]}
// With a segment: only its GPUs, and the families with a member in it.
std::string list_json(const Catalog& catalog, const std::string& segment = "");

// Human-readable forms of the same, ending in a newline.
std::string gpu_text(const Gpu& gpu);
std::string family_text(const Family& family, const Catalog& catalog);
std::string list_text(const Catalog& catalog, const std::string& segment = "");

// The list filter: every GPU when `segment` is empty, else those of that segment.
bool in_segment(const Gpu& gpu, const std::string& segment);
bool has_member_in_segment(const Family& family, const Catalog& catalog, const std::string& segment);

}  // namespace catalog
