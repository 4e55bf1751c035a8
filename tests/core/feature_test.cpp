// Tests core/feature.cpp: the feature table and what a catalog value says of a feature.
#include <catch2/catch.hpp>

#include "core/feature.h"
#include "core/field.h"

TEST_CASE("every feature names a catalog field") {
  for (const auto& f : core::features()) {
    INFO(f.name);
    CHECK(core::find_field(f.field) != nullptr);
    CHECK(core::find_feature(f.name) == &f);
  }
  CHECK(core::find_feature("SLI") == nullptr);
}

TEST_CASE("what a catalog value says of a feature") {
  const auto& nvlink = *core::find_feature("NVLink");
  CHECK(core::has_feature(nvlink, std::string("NVLink 4")) == true);
  CHECK(core::has_feature(nvlink, std::string("none")) == false);
  CHECK(core::has_feature(nvlink, std::string("Infinity Fabric")) == false);  // another link is not NVLink
  CHECK_FALSE(core::has_feature(nvlink, std::string("")).has_value());
  const auto& mig = *core::find_feature("MIG");
  CHECK(core::has_feature(mig, 7.0) == true);
  CHECK(core::has_feature(mig, 0.0) == false);
  CHECK_FALSE(core::has_feature(mig, std::string("yes")).has_value());
  const auto& ecc = *core::find_feature("ECC memory");
  CHECK(core::has_feature(ecc, std::string("Yes")) == true);
  CHECK(core::has_feature(ecc, std::string("no")) == false);
  CHECK_FALSE(core::has_feature(ecc, std::string("optional")).has_value());
  CHECK_FALSE(core::has_feature(ecc, 1.0).has_value());
}
