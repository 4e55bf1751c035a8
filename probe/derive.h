// Derived values of a DeviceRecord (CUDA cores, bandwidth, architecture) with their formulas; tested in tests/probe/derive_test.cpp.
#pragma once
#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

// The reading label under which a tool's own CUDA-core count is kept (deviceQuery prints
// one); derive_values checks ours against it.
inline constexpr const char* kPrintedCudaCoresLabel = "CUDA Cores (as printed)";

// Fills cuda_cores, bandwidth_gbs and architecture from the readings and records each
// formula in `derived`:
//   cuda_cores    = sm_count * cores per SM of the compute capability (compute_capability.h)
//   bandwidth_gbs = 2 * memory_clock_mhz * memory_bus_width_bits / 8 / 1000
//   architecture  = from the compute capability, unless the tool named it
// Memory clock convention: every tool we read reports the same NVML/driver "max memory
// clock" (nvidia-smi "Max Clocks: Memory", deviceQuery "Memory Clock rate",
// CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE), which is half the per-pin data rate for GDDR6,
// GDDR6X and HBM alike: L4 6251 MHz -> 12.5 Gbps, RTX 4090 10501 MHz -> 21 Gbps, H100 SXM5
// 2619 MHz -> 5.24 Gbps. Hence the single factor 2, checked against vendor bandwidth in tests.
// Errors: an unknown compute capability, or a tool-printed figure that contradicts ours.
core::Errors derive_values(DeviceRecord& device);

}  // namespace probe
