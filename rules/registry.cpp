// The rule registry and the sink; tested in tests/rules/registry_test.cpp.
#include <algorithm>

#include "rules/rule.h"

namespace rules {

void Sink::report(const core::RuleInfo& rule, core::Finding finding) {
  finding.rule = rule.id;
  finding.begin = source_.position(finding.span.begin);
  finding.end = source_.position(finding.span.end);
  for (auto& r : finding.related) r.position = source_.position(r.span.begin);
  findings_.push_back(std::move(finding));
}

RuleList all_rules() {
  RuleList out;
  add_catalog_rules(out);
  add_consistency_rules(out);
  add_derived_rules(out);
  add_comparison_rules(out);
  add_ratio_rules(out);
  add_arithmetic_rules(out);
  add_feasibility_rules(out);
  return out;
}

std::vector<core::RuleInfo> rule_infos() {
  std::vector<core::RuleInfo> out;
  for (const auto& r : all_rules()) out.push_back(r->info());
  return out;
}

const core::RuleInfo* find_rule_info(const std::string& id) {
  static const std::vector<core::RuleInfo> infos = rule_infos();
  auto it = std::find_if(infos.begin(), infos.end(), [&](const core::RuleInfo& r) { return r.id == id; });
  return it == infos.end() ? nullptr : &*it;
}

}  // namespace rules
