// The feasibility rule family; tested in tests/rules/registry_test.cpp.
#include "rules/feasibility/model_does_not_fit.h"

namespace rules {

void add_feasibility_rules(RuleList& out) { out.push_back(std::make_unique<ModelDoesNotFit>()); }

}  // namespace rules
