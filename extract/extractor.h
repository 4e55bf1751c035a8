// Entry point of the extract stage: a Document and the alias table in, claims out; tested in tests/extract/extractor_test.cpp.
#pragma once
#include "core/document.h"
#include "extract/claim.h"
#include "extract/entity_matcher.h"

namespace extract {

// Claims in document order. The matcher is built once per run from the catalog's alias
// table (it compiles the patterns) and reused for every document.
FileClaims extract_claims(const core::Document& doc, const EntityMatcher& matcher);

}  // namespace extract
