// The one pipeline check, claims and audit share: catalog once, then a document in, a file report out; tested in tests/audit/pipeline_test.cpp.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "core/document.h"
#include "core/finding.h"
#include "extract/claim.h"
#include "extract/entity_matcher.h"
#include "rules/checker.h"

namespace audit {

// The catalog and the entity matcher built from it (it compiles the alias patterns): loaded
// once per run and shared, read-only, by every document of the run.
struct CatalogSession {
  catalog::Catalog catalog;
  std::unique_ptr<extract::EntityMatcher> matcher;
};

struct CatalogLoad {
  std::unique_ptr<CatalogSession> session;  // null when `errors` is not empty
  core::Errors errors;
};

// Loads `dir` and each of `extra_dirs` (a publication's own GPUs); an id already known is an
// error. The session is usable only when every record validated.
CatalogLoad load_catalog_session(const std::string& dir, const std::vector<std::string>& extra_dirs = {});

// What one document became: its claims and the report renderers take.
struct DocumentCheck {
  extract::FileClaims claims;
  core::FileReport report;
  // Reader warnings, bad suppression comments: the file was checked but is not clean input.
  bool input_error = false;
  std::vector<core::Error> unused_suppressions;  // directives that suppressed nothing
};

// Extract then judge. Reader warnings become report errors; `report.path` is the
// document's source name unless `path` is given.
// `adjust`, when given, sees the claims between extraction and judging (the audit raises
// the attribution of vendor spec rows to the page's GPU there).
using ClaimAdjuster = void (*)(extract::FileClaims&);
DocumentCheck check_document(const std::shared_ptr<const core::Document>& document, const CatalogSession& session,
                             const rules::CheckOptions& options, const std::string& path = "",
                             ClaimAdjuster adjust = nullptr);

// Only the extract half, for `factcheck claims` (no rule runs).
extract::FileClaims document_claims(const core::Document& document, const CatalogSession& session);

}  // namespace audit
