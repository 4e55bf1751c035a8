// What `factcheck catalog show` and `list` print, as text and JSON; tested in tests/catalog/record_view_test.cpp.
#pragma once
#include <string>

#include "catalog/catalog.h"

namespace catalog {

// {"id","name","vendor","segment","family","variant","aliases":[...],"fields":{"memory_size":
//  {"value":24,"unit":"GB","source":{"id","kind","url"|"capture"|...},"sparse","also_accepted","node","note"}}}
// Fields in vocabulary order; optional members only when set; integral numbers print without ".0".
std::string gpu_json(const Gpu& gpu);
// {"family":{"id","name","aliases"},"members":[<gpu_json of each member>...]}
std::string family_json(const Family& family, const Catalog& catalog);
// {"gpus":[{"id","name","vendor","family"}...],"families":[{"id","name","members"}...]}
std::string list_json(const Catalog& catalog);

// Human-readable forms of the same, ending in a newline.
std::string gpu_text(const Gpu& gpu);
std::string family_text(const Family& family, const Catalog& catalog);
std::string list_text(const Catalog& catalog);

}  // namespace catalog
