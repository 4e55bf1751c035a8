// "The RTX 5090, 5080 and 5070 Laptop GPUs": a list of model numbers that shares one brand and
// one suffix names each laptop part; tested through tests/cases/attribution/shared-suffix-lists.md.
#pragma once

#include <string_view>
#include <vector>

#include "extract/entity_matcher.h"

namespace extract {

// Resolves every item of such a list in `text` to the catalog entry its full name has
// ("RTX 5080 Laptop GPU"), adding mentions for the bare numbers and re-pointing the first
// name (which alone would be the desktop card). Items the catalog lacks leave the list alone.
// `mentions` stay in text order.
void resolve_shared_suffix_lists(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions);

}  // namespace extract
