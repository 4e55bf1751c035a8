// Derivation of CUDA cores, bandwidth and architecture from readings; tested in tests/probe/derive_test.cpp.
#include "probe/derive.h"

#include <string>

#include "core/quantity.h"
#include "probe/compute_capability.h"

namespace probe {

core::Errors derive_values(DeviceRecord& device) {
  core::Errors errors;
  const std::string who = device.name.value_or("unnamed GPU");
  if (device.compute_capability) {
    auto info = capability_info(*device.compute_capability);
    if (!info) {
      core::Error e = info.error();
      e.message = who + ": " + e.message;
      errors.push_back(e);
    } else {
      if (device.sm_count) {
        device.cuda_cores = *device.sm_count * info->cores_per_sm;
        device.derived.push_back(
            {"cuda_cores", std::to_string(*device.cuda_cores),
             "sm_count * " + std::to_string(info->cores_per_sm) + " (CUDA cores per SM for compute capability " +
                 *device.compute_capability + ")"});
        for (const Reading& r : device.readings) {
          if (r.label == kPrintedCudaCoresLabel && r.text != std::to_string(*device.cuda_cores)) {
            errors.push_back({core::ErrorCode::inconsistent,
                              who + ": the tool printed " + r.text + " CUDA cores but " +
                                  std::to_string(*device.sm_count) + " SMs at compute capability " +
                                  *device.compute_capability + " make " + std::to_string(*device.cuda_cores),
                              {}});
          }
        }
      }
      if (!device.architecture) {
        device.architecture = info->architecture;
        device.derived.push_back({"architecture", info->architecture,
                                  "compute capability " + *device.compute_capability + " -> " + info->architecture});
      } else if (*device.architecture != info->architecture) {
        errors.push_back({core::ErrorCode::inconsistent,
                          who + ": the tool names architecture " + *device.architecture +
                              " but compute capability " + *device.compute_capability + " is " + info->architecture,
                          {}});
      }
    }
  }
  if (device.memory_clock_mhz && device.memory_bus_width_bits) {
    double gbs = 2.0 * static_cast<double>(*device.memory_clock_mhz) *
                 static_cast<double>(*device.memory_bus_width_bits) / 8.0 / 1000.0;
    device.bandwidth_gbs = gbs;
    device.derived.push_back({"bandwidth_gbs", core::format_number(gbs, 2),
                              "2 * memory_clock_mhz * memory_bus_width_bits / 8 / 1000 (max memory clock is half "
                              "the per-pin data rate)"});
  }
  return errors;
}

}  // namespace probe
