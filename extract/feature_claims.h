// Feature claims in prose: "the L40S has no NVLink", "the H100 supports FP8", "ECC is not supported"; tested in tests/extract/feature_claims_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// One claim per feature word (core::features()) that a verb of having or lacking right
// before it ("supports", "lacks", "has no", "doesn't support") or a predicate right after it
// ("is not supported") gives to a GPU. A feature named without such a verb ("NVLink
// bandwidth", "FP8 throughput") says nothing of whether the GPU has it and is left to the
// value builders. Generation statements ("Ampere lacks FP8", "the previous generation had
// no NVLink") are not read as the GPU's.
void add_feature_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);

}  // namespace extract
