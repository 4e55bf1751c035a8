// Rule run with suppression and document ordering; tested in tests/rules/checker_test.cpp.
#include "rules/checker.h"

#include <algorithm>

#include "rules/rule.h"
#include "rules/suppression.h"

namespace rules {

CheckResult check_document(const catalog::Catalog& catalog, const std::vector<extract::Claim>& claims,
                           const core::Source& source, const CheckOptions& options) {
  static const RuleList rules = all_rules();
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.push_back(r->info().id);
  Context context{catalog, claims, source};
  Sink sink(source);
  for (const auto& rule : rules) {
    if (options.disabled_rules.count(rule->info().id)) continue;
    rule->check(context, sink);
  }
  CheckResult result;
  auto suppressions = parse_suppressions(source, ids);
  result.errors = suppressions.errors;
  auto applied = apply_suppressions(suppressions, std::move(sink.findings()));
  result.findings = std::move(applied.kept);
  result.suppressed = applied.suppressed;
  result.unused_suppressions = unused_suppressions(suppressions);
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const core::Finding& a, const core::Finding& b) {
    return a.span.begin < b.span.begin;
  });
  return result;
}

}  // namespace rules
