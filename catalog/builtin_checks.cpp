// The list of whole-catalog checks every load runs; tested in tests/catalog/loader_test.cpp.
#include "catalog/checks.h"

namespace catalog {

std::vector<Check> builtin_checks() {
  return {
      {"identity", check_identity},
      {"aliases", check_aliases},
      {"families", check_families},
      {"architectures", check_architectures},
      {"derived-bandwidth", check_derived_bandwidth},
      {"cores-per-sm", check_cores_per_sm},
  };
}

}  // namespace catalog
