// Arithmetic ("514 x 0.70 = 360") and feasibility ("24 GB fits 70B Q4") claims; tested in tests/extract/arithmetic_claims_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

void add_arithmetic_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);
void add_feasibility_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);

}  // namespace extract
