// "The RTX 4090, RTX 4080 and RTX 4070 carry 24 GB, 16 GB and 12 GB": a list of GPUs and a
// list of as many figures of one field pair up in order; tested in tests/extract/respective_lists_test.cpp.
#pragma once

#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Gives each claim of a value list in a sentence of `block` the GPU at the same place in the
// list of GPUs before it. Only claims from index `first` on are looked at (this block's).
void pair_respective_values(const DocumentContext& ctx, size_t block, std::vector<Claim>& claims, size_t first);

}  // namespace extract
