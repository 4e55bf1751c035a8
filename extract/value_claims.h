// Value claims in running text and list items; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Numbers and enumerated values of one non-table block, each with field and GPU.
void add_value_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out);

}  // namespace extract
