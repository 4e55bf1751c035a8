// Compute capability table (NVIDIA CUDA C++ Programming Guide, "Compute Capabilities"); tested in tests/probe/derive_test.cpp.
#include "probe/compute_capability.h"

#include <array>

namespace probe {
namespace {

struct Row {
  std::string_view capability;
  int cores_per_sm;
  std::string_view architecture;
};

// FP32 cores per SM from the programming guide's arithmetic-throughput table. The same
// numbers drive the CUDA samples' _ConvertSMVer2Cores, which deviceQuery prints beside
// "Multiprocessors", so every capture cross-checks this table.
constexpr std::array kRows{
    Row{"3.0", 192, "Kepler"},   Row{"3.2", 192, "Kepler"},   Row{"3.5", 192, "Kepler"},
    Row{"3.7", 192, "Kepler"},   Row{"5.0", 128, "Maxwell"},  Row{"5.2", 128, "Maxwell"},
    Row{"5.3", 128, "Maxwell"},  Row{"6.0", 64, "Pascal"},    Row{"6.1", 128, "Pascal"},
    Row{"6.2", 128, "Pascal"},   Row{"7.0", 64, "Volta"},     Row{"7.2", 64, "Volta"},
    Row{"7.5", 64, "Turing"},    Row{"8.0", 64, "Ampere"},    Row{"8.6", 128, "Ampere"},
    Row{"8.7", 128, "Ampere"},   Row{"8.9", 128, "Ada Lovelace"}, Row{"9.0", 128, "Hopper"},
    Row{"10.0", 128, "Blackwell"}, Row{"10.1", 128, "Blackwell"}, Row{"10.3", 128, "Blackwell"},
    Row{"11.0", 128, "Blackwell"}, Row{"12.0", 128, "Blackwell"}, Row{"12.1", 128, "Blackwell"},
};

}  // namespace

core::Result<CapabilityInfo> capability_info(std::string_view compute_capability) {
  for (const Row& row : kRows) {
    if (row.capability == compute_capability) {
      return CapabilityInfo{row.cores_per_sm, std::string(row.architecture)};
    }
  }
  return core::Error{core::ErrorCode::not_found,
                     "unknown compute capability " + std::string(compute_capability) +
                         ": cores per SM and architecture are not in probe/compute_capability.cpp; add the row from the CUDA programming guide",
                     {}};
}

}  // namespace probe
