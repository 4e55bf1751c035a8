// The ratio rule family; tested in tests/rules/registry_test.cpp.
#include "rules/ratio/mismatch.h"

namespace rules {

void add_ratio_rules(RuleList& out) { out.push_back(std::make_unique<RatioMismatch>()); }

}  // namespace rules
