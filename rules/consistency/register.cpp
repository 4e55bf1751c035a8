// The consistency rule family; tested in tests/rules/registry_test.cpp.
#include "rules/consistency/conflicting_values.h"

namespace rules {

void add_consistency_rules(RuleList& out) { out.push_back(std::make_unique<ConflictingValues>()); }

}  // namespace rules
