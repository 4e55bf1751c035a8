// Rule interface and the sink rules report to; every rule is tested under tests/rules/<family>/.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "core/finding.h"
#include "core/source.h"
#include "extract/claim.h"

namespace rules {

// What a rule sees: one document's claims, its source, and the catalog.
struct Context {
  const catalog::Catalog& catalog;
  const std::vector<extract::Claim>& claims;
  const core::Source& source;
};

// Rules never print: they hand findings here. The sink stamps the rule id, resolves the
// span to line:column, and keeps findings in document order.
class Sink {
 public:
  explicit Sink(const core::Source& source) : source_(source) {}
  void report(const core::RuleInfo& rule, core::Finding finding);
  std::vector<core::Finding>& findings() { return findings_; }

 private:
  const core::Source& source_;
  std::vector<core::Finding> findings_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const core::RuleInfo& info() const = 0;
  virtual void check(const Context& context, Sink& sink) const = 0;
};

using RuleList = std::vector<std::unique_ptr<Rule>>;

// The registry: one explicit list per family (rules/<family>/register.cpp).
RuleList all_rules();
std::vector<core::RuleInfo> rule_infos();
const core::RuleInfo* find_rule_info(const std::string& id);

void add_catalog_rules(RuleList& out);
void add_consistency_rules(RuleList& out);
void add_derived_rules(RuleList& out);
void add_comparison_rules(RuleList& out);
void add_ratio_rules(RuleList& out);
void add_arithmetic_rules(RuleList& out);
void add_feasibility_rules(RuleList& out);

}  // namespace rules
