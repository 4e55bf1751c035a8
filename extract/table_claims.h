// Value claims from tables: GPU from the column (or row) header, field from the other header; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <vector>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Every table of the document (cells grouped by Block::table).
void add_table_claims(const DocumentContext& ctx, std::vector<Claim>& out);

}  // namespace extract
