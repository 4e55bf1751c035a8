// "The RTX 4090 carries three NVENC engines", "eight HBM3 stacks": a count written as a word
// before a unit noun; tested in tests/extract/word_counts_test.cpp.
#pragma once

#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Adds value claims for counts written as words ("two" to "sixteen") right before the noun of
// a count field the catalog keeps (video engines, HBM stacks). Other nouns ("two fans",
// "three GPUs") are not specs and are left alone.
void add_word_count_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);

}  // namespace extract
