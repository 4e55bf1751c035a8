// Comparisons ("greater memory bandwidth", "below ... 288 GB/s") and ratios ("2.9x the bandwidth", "1/3 of"); tested in tests/extract/relation_claims_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

void add_relation_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);

}  // namespace extract
