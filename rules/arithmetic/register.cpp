// The arithmetic rule family; tested in tests/rules/registry_test.cpp.
#include "rules/arithmetic/wrong_result.h"

namespace rules {

void add_arithmetic_rules(RuleList& out) { out.push_back(std::make_unique<ArithmeticWrongResult>()); }

}  // namespace rules
