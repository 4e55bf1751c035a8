// Live probe of the GPUs in this machine through NVML and the CUDA driver, both dlopen'd; tested in tests/probe/live_query_test.cpp.
#pragma once
#include <string>

#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

// Sonames of the driver's libraries; overridable for drivers installed outside the loader path.
struct DriverLibraries {
  std::string nvml = "libnvidia-ml.so.1";
  std::string cuda = "libcuda.so.1";
};

// One record per physical GPU NVML lists (MIG slices are separate NVML handles and are not
// enumerated by nvmlDeviceGetCount). NVML gives name, UUID, PCI id, memory, clocks, power
// limits, PCIe and display state; the CUDA driver adds SM count and L2 size, matched to the
// NVML device by PCI domain/bus/device (CUDA's own order may differ from NVML's).
// Every call's return code is checked: a missing symbol or a failing call leaves that field
// unmeasured and adds a warning. Without NVML the error is ErrorCode::unavailable with the
// message "no NVIDIA driver: libnvidia-ml.so.1 not found".
core::Result<ProbeResult> query_live(const DriverLibraries& libraries = {});

}  // namespace probe
