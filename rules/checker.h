// Runs every enabled rule over one document's claims; tested in tests/rules/checker_test.cpp.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "core/finding.h"
#include "core/source.h"
#include "extract/claim.h"

namespace rules {

struct CheckOptions {
  std::set<std::string> disabled_rules;
};

struct CheckResult {
  std::vector<core::Finding> findings;  // document order, suppressions applied
  std::vector<core::Error> errors;      // bad suppression comments
  int suppressed = 0;                   // findings dropped by suppression comments
  std::vector<core::Error> unused_suppressions;  // directives that suppressed nothing
};

CheckResult check_document(const catalog::Catalog& catalog, const std::vector<extract::Claim>& claims,
                           const core::Source& source, const CheckOptions& options);

}  // namespace rules
