// The catalog rule family, registered in one list; tested in tests/rules/registry_test.cpp.
#include "rules/catalog/feature_mismatch.h"
#include "rules/catalog/unverifiable.h"
#include "rules/catalog/value_mismatch.h"

namespace rules {

void add_catalog_rules(RuleList& out) {
  out.push_back(std::make_unique<ValueMismatch>());
  out.push_back(std::make_unique<FeatureMismatch>());
  out.push_back(std::make_unique<Unverifiable>());
}

}  // namespace rules
