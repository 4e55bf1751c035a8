// The bundled catalog's named exceptions to the record invariants (catalog/invariants.h), each with its reason and source; used by tests/catalog/invariants_test.cpp.
#pragma once
#include <string>
#include <vector>

namespace invariant_test {

// One record (or family) and field where an invariant fails on purpose. The test fails when a
// violation has no entry here, and when an entry no longer matches a violation (fixed data
// must take its exception with it).
struct Exception {
  std::string invariant;  // "fp32-rate", "fp64-ratio", "family-variants"
  std::string subject;    // GPU id, or family id for family-variants
  std::string field;
  std::string reason;
  std::string source;
};

inline const std::vector<Exception>& exceptions() {
  static const std::vector<Exception> list{
      // FP32 = 2 x cores x boost clock
      {"fp32-rate", "intel-data-center-gpu-flex-170", "fp32_tflops",
       "Intel states a rounded 16 TFLOPS; 4096 lanes x 2 x 2050 MHz (TechPowerUp's boost) is 16.8, 4.7% above",
       "https://github.com/intel/media-delivery/blob/2bb5d00e2c14f23a3af45dc3e6809b1957488f48/doc/benchmarks/"
       "intel-data-center-gpu-flex-series/intel-data-center-gpu-flex-series.rst"},
      {"fp32-rate", "nvidia-b300-sxm", "fp32_tflops",
       "the 75 TFLOPS per B300 of the HGX B300 table is 18944 x 2 x ~1980 MHz; the record's 2032 MHz is the captured device's default "
       "boost, above the clock the rating uses",
       "https://glennklockwood.com/garden/processors/B300 (HGX B300 table), as cited in the record"},
      {"fp32-rate", "nvidia-quadro-gv100", "fp32_tflops",
       "NVIDIA rates the Quadro GV100 at 14.8 TFLOPS, i.e. 5120 x 2 x ~1445 MHz; the record's 1627 MHz boost is "
       "TechPowerUp's, above the clock NVIDIA's figure uses",
       "https://dl-today.com/2018/05/06/nvidia-quadro-gv100/ (NVIDIA's launch figures)"},
      // FP64 = FP32 x the die's ratio
      {"fp64-ratio", "amd-radeon-vii", "fp64_tflops",
       "AMD runs the consumer Vega 20 at 1/4-rate FP64 (3.46 TFLOPS at peak clock); the MI50/MI60 on the same die run 1/2",
       "AMD's Radeon VII specification table as printed in https://guru3d.com/review/amd-radeon-vii-16-gb-review/page-5 "
       "(DP = 1/4 SP)"},
      {"fp64-ratio", "amd-ryzen-ai-max-395", "fp64_tflops",
       "unsettled: TechPowerUp's 0.46 TFLOPS is 1/32 of its single-issue 14.85 TFLOPS, half the rate it gives the "
       "discrete RDNA 3 dies (1/16 of single issue); AMD publishes no FP64 figure for the Radeon 8060S",
       "https://www.techpowerup.com/gpu-specs/radeon-8060s.c4270"},
      {"fp64-ratio", "nvidia-b300-sxm", "fp64_tflops",
       "Blackwell Ultra cuts FP64 to 1.25 TFLOPS (1/60 of FP32, against B200's 1/2); the record names no die for the "
       "ratio table to tell it from GB100",
       "https://glennklockwood.com/garden/processors/B300 (HGX B300 table), as cited in the record"},
      {"fp64-ratio", "amd-radeon-780m", "fp64_tflops",
       "unsettled: TechPowerUp's 0.56 TFLOPS is 1/16 of the dual-issue 8.91 TFLOPS, twice the rate it gives the discrete "
       "RDNA 3 dies (1/32); AMD publishes no FP64 figure for the Radeon 780M",
       "https://www.techpowerup.com/gpu-specs/radeon-780m.c4249"},
      {"fp64-ratio", "intel-arc-pro-a30m", "fp64_tflops",
       "Intel publishes no FP64 rate for Xe-HPG (Alchemist), so the table has none; TechPowerUp's 1.02 TFLOPS (1/4 of "
       "FP32) is third-party only",
       "https://www.techpowerup.com/gpu-specs/arc-pro-a30m.c3927"},
      // Members of a family differ only where their variant explains it
      {"family-variants", "nvidia-geforce-rtx-3050", "code_name",
       "NVIDIA sells two dies as the RTX 3050: the 8 GB card on GA106, the 6 GB card (2024) on GA107",
       "https://www.techpowerup.com/gpu-specs/geforce-rtx-3050-6-gb.c4188, "
       "https://www.techpowerup.com/gpu-specs/geforce-rtx-3050-8-gb.c3858"},
      {"family-variants", "nvidia-geforce-rtx-3050", "transistors", "follows the die: GA107 8.7 billion, GA106 12 billion",
       "https://www.techpowerup.com/gpu-specs/geforce-rtx-3050-6-gb.c4188"},
      {"family-variants", "nvidia-geforce-rtx-3050", "die_size", "follows the die: GA107 200 mm2, GA106 276 mm2",
       "https://www.techpowerup.com/gpu-specs/geforce-rtx-3050-6-gb.c4188"},
      {"family-variants", "nvidia-geforce-gtx-1650", "base_clock",
       "the GDDR6 card (2020) runs lower clocks than the GDDR5 original at the same 75 W: 1410 vs 1485 MHz base",
       "NVIDIA GTX 1650 specifications (GDDR6 and GDDR5 columns), https://www.nvidia.com/en-us/geforce/graphics-cards/"
       "gtx-1650/; https://www.techpowerup.com/gpu-specs/geforce-gtx-1650-gddr6.c3541"},
      {"family-variants", "nvidia-geforce-gtx-1650", "boost_clock",
       "the GDDR6 card runs lower clocks than the GDDR5 original at the same 75 W: 1590 vs 1665 MHz boost",
       "NVIDIA GTX 1650 specifications (GDDR6 and GDDR5 columns), https://www.nvidia.com/en-us/geforce/graphics-cards/"
       "gtx-1650/; https://www.techpowerup.com/gpu-specs/geforce-gtx-1650.c3366"},
      {"family-variants", "nvidia-a100", "base_clock",
       "unsettled: NVIDIA publishes no base clock for A100; TechPowerUp lists 1095 MHz for the SXM4 40 GB and 1275 MHz "
       "for the SXM4 80 GB at the same 400 W, both third-party only",
       "https://www.techpowerup.com/gpu-specs/a100-sxm4-40-gb.c3506, "
       "https://www.techpowerup.com/gpu-specs/a100-sxm4-80-gb.c3746"},
      {"family-variants", "nvidia-a800", "base_clock",
       "unsettled: NVIDIA publishes no base clock for A800; TechPowerUp lists 765 MHz (PCIe 40 GB) and 1065 MHz (PCIe "
       "80 GB) at the same 250 W, as it does for the A100 PCIe pair",
       "https://www.techpowerup.com/gpu-specs/a800-pcie-40-gb.c3964, "
       "https://www.techpowerup.com/gpu-specs/a800-pcie-80-gb.c3965"},
      {"family-variants", "nvidia-v100", "base_clock",
       "unsettled: NVIDIA publishes no base clock for V100 PCIe; TechPowerUp lists 1245 MHz (16 GB) and 1230 MHz (32 GB), "
       "both third-party only",
       "https://www.techpowerup.com/gpu-specs/tesla-v100-pcie-16-gb.c2957, "
       "https://www.techpowerup.com/gpu-specs/tesla-v100-pcie-32-gb.c3184"},
  };
  return list;
}

}  // namespace invariant_test
