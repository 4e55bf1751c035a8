// Compute capability -> CUDA cores per SM and architecture name; tested in tests/probe/derive_test.cpp.
#pragma once
#include <string>
#include <string_view>

#include "core/error.h"

namespace probe {

struct CapabilityInfo {
  int cores_per_sm = 0;       // FP32 CUDA cores in one SM
  std::string architecture;   // catalog spelling: "Hopper", "Ada Lovelace"
};

// "9.0" -> {128, "Hopper"}. An unknown capability is an error, never a default: a wrong
// cores-per-SM figure would become a wrong "measured" core count in the catalog.
core::Result<CapabilityInfo> capability_info(std::string_view compute_capability);

}  // namespace probe
