// The comparison rule family; tested in tests/rules/registry_test.cpp.
#include "rules/comparison/difference.h"
#include "rules/comparison/direction.h"

namespace rules {

void add_comparison_rules(RuleList& out) {
  out.push_back(std::make_unique<ComparisonDirection>());
  out.push_back(std::make_unique<ComparisonDifference>());
}

}  // namespace rules
