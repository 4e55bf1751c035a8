// Per-field tolerances for catalog vs TechPowerUp comparisons, each with its reason; tested in tests/catalog/third_party_diff_test.cpp.
#include <map>

#include "catalog/third_party_diff.h"

namespace catalog {

const FieldTolerance& third_party_tolerance(const std::string& field) {
  static const FieldTolerance exact{0, 0.0001, "a count or a stated integer: any difference is a different claim"};
  static const std::map<std::string, FieldTolerance> table{
      {"memory_size", {0.005, 0, "marketing sizes are stated exactly"}},
      {"memory_bandwidth", {0.02, 0, "TechPowerUp derives bandwidth from its memory clock and rounds to 3 figures (4090: 1010 vs 1008)"}},
      {"memory_data_rate", {0.02, 0, "derived from TechPowerUp's memory clock x a per-type factor (1313 MHz x 16 = 21.008 Gbps)"}},
      {"memory_clock", {0.01, 1, "clock conventions differ; only near-equal values count as agreement"}},
      {"base_clock", {0.005, 1, "TechPowerUp rounds clocks to whole MHz"}},
      {"boost_clock", {0.005, 1, "TechPowerUp rounds clocks to whole MHz"}},
      {"length", {0, 1, "board lengths are given to the millimetre"}},
      {"transistors", {0.01, 0, "billions, rounded to one decimal"}},
      {"l2_cache", {0.01, 0, "MB as listed; MiB/MB confusion shows up as a disagreement, as it should"}},
      {"pixel_rate", {0.02, 0, "TechPowerUp computes fill rates at its boost clock and rounds to 1 decimal"}},
      {"texture_rate", {0.02, 0, "TechPowerUp computes fill rates at its boost clock and rounds to 1 decimal"}},
      {"fp64_tflops", {0.02, 0.006, "TechPowerUp computes peak at its boost clock, rounded to 2 decimals"}},
      {"fp32_tflops", {0.02, 0.006, "TechPowerUp computes peak at its boost clock, rounded to 2 decimals"}},
      {"fp16_tflops", {0.02, 0.006, "TechPowerUp computes peak at its boost clock, rounded to 2 decimals"}},
  };
  auto it = table.find(field);
  return it == table.end() ? exact : it->second;
}

}  // namespace catalog
