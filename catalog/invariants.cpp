// Runs every record invariant of invariants.h over a catalog; tested in tests/catalog/invariants_test.cpp.
#include "catalog/invariants.h"

namespace catalog {

std::vector<Violation> check_invariants(const Catalog& catalog) {
  std::vector<Violation> out = check_fp32_rate(catalog);
  for (auto* check : {check_fp64_ratio, check_family_variants}) {
    auto more = check(catalog);
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

}  // namespace catalog
