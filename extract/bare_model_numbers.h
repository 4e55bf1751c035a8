// "The RTX 4090 is fast. ... The 4090 draws 450 W": once a page names a GPU in full, its model
// number alone names it too; tested in tests/extract/bare_model_numbers_test.cpp.
#pragma once

#include <vector>

#include "core/document.h"
#include "extract/entity_matcher.h"

namespace extract {

// Adds a mention for each bare model number ("the 4090", "a 5070 Ti", "4090s") whose number
// and suffix belong to exactly one GPU the page names in full, else to the one GeForce or
// Radeon card the catalog has with it ("a used 3090", "4090 laptop"). A number two named GPUs
// share (the RTX 4090 and the RTX 4090 Laptop GPU) stays no name.
// `mentions` holds each block's mentions, in block order, and stays sorted.
void add_bare_model_numbers(const core::Document& doc, const EntityMatcher& matcher, std::vector<std::vector<Mention>>& mentions);

}  // namespace extract
