// Comparisons by an amount ("256 fewer CUDA cores than X", "1GB less VRAM"); tested in tests/extract/difference_claims_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// For every value claim whose scope is "difference", adds a comparison claim that states
// the amount: subject, the other GPU (the one after "than" in the sentence), the direction
// ("higher" for more/extra, "lower" for less/fewer) and the difference itself. Needs the
// claims annotated first (annotate_claims sets the scope).
void add_difference_claims(const DocumentContext& ctx, std::vector<Claim>& claims);

}  // namespace extract
