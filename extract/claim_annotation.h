// Confidence, scope and nearby GPUs of extracted claims; tested in tests/extract/claim_annotation_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Sets Claim::confidence (with its reason), Claim::scope and Claim::nearby_gpus for every
// claim, from the words around it and the structure it sits in. Judging reads them to look
// for innocent readings before calling a value wrong (DESIGN.md §5).
void annotate_claims(const DocumentContext& ctx, std::vector<Claim>& claims);

// Lowers how sure the extractor is of the claim's GPU, and says why (the last reason wins).
void lower_confidence(Claim& c, double factor, const char* reason);

// Attribution confidence before any context is read: explicit owners high, fallbacks low.
double base_confidence(Attribution how);

}  // namespace extract
