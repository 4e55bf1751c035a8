// Hands the reports what an editor's review needs beyond findings (document model, every claim, GPU names) as core data; tested by tests/cmd/cli_test.cpp and tests/reports/browser/.
#pragma once
#include <memory>

#include "catalog/catalog.h"
#include "core/document.h"
#include "core/finding.h"
#include "extract/claim.h"

namespace cmd {

// Fills report.document, report.claims and report.gpu_names. Reports never link extract
// or catalog, so this glue translates here, where everything is linked.
void add_review_data(core::FileReport& report, std::shared_ptr<const core::Document> document,
                     const extract::FileClaims& claims, const catalog::Catalog& catalog);

}  // namespace cmd
