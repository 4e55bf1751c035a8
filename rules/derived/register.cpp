// The derived rule family; tested in tests/rules/registry_test.cpp.
#include "rules/derived/bandwidth_formula.h"
#include "rules/derived/fp32_formula.h"

namespace rules {

void add_derived_rules(RuleList& out) {
  out.push_back(std::make_unique<BandwidthFormula>());
  out.push_back(std::make_unique<Fp32Formula>());
}

}  // namespace rules
