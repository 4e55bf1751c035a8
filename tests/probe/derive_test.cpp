// Tests for probe/derive.h and probe/compute_capability.h: cores, bandwidth and architecture with formulas.
#include <catch2/catch.hpp>

#include "probe/compute_capability.h"
#include "probe/derive.h"

using namespace probe;

TEST_CASE("H100 SXM5 readings derive 16896 cores, 3352 GB/s and Hopper") {
  DeviceRecord d;
  d.name = "NVIDIA H100 80GB HBM3";
  d.compute_capability = "9.0";
  d.sm_count = 132;
  d.memory_clock_mhz = 2619;
  d.memory_bus_width_bits = 5120;
  REQUIRE(derive_values(d).empty());
  CHECK(d.cuda_cores == 16896);
  REQUIRE(d.bandwidth_gbs);
  CHECK(*d.bandwidth_gbs == Approx(3352.32));
  CHECK(d.architecture == "Hopper");
  REQUIRE(d.derived.size() == 3);
  CHECK(d.derived[0].formula.find("sm_count * 128") != std::string::npos);
}

TEST_CASE("cores per SM follow the capability, not a default") {
  CHECK(capability_info("8.0")->cores_per_sm == 64);   // A100
  CHECK(capability_info("7.0")->cores_per_sm == 64);   // V100
  CHECK(capability_info("8.6")->cores_per_sm == 128);  // RTX 30
  CHECK(capability_info("8.9")->architecture == "Ada Lovelace");
  CHECK(capability_info("12.0")->architecture == "Blackwell");
}

TEST_CASE("an unknown compute capability fails loudly") {
  DeviceRecord d;
  d.name = "Future GPU";
  d.compute_capability = "42.7";
  d.sm_count = 10;
  core::Errors errors = derive_values(d);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("unknown compute capability 42.7") != std::string::npos);
  CHECK_FALSE(d.cuda_cores);
  CHECK_FALSE(d.architecture);
}

TEST_CASE("a tool-printed core count that contradicts the table is an error") {
  DeviceRecord d;
  d.compute_capability = "8.0";
  d.sm_count = 108;
  d.readings.push_back({kPrintedCudaCoresLabel, "13824"});  // 108 * 128: wrong for 8.0
  core::Errors errors = derive_values(d);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == core::ErrorCode::inconsistent);
  CHECK(d.cuda_cores == 6912);
}

TEST_CASE("a tool-named architecture is kept and cross-checked") {
  DeviceRecord d;
  d.architecture = "Ampere";
  d.compute_capability = "9.0";
  CHECK(derive_values(d).size() == 1);
}

TEST_CASE("no bandwidth without both clock and bus width") {
  DeviceRecord d;
  d.memory_clock_mhz = 6251;
  REQUIRE(derive_values(d).empty());
  CHECK_FALSE(d.bandwidth_gbs);
  CHECK(d.derived.empty());
}
