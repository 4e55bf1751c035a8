// DeviceRecord: what one probe (live or from a capture) measured about one physical GPU; tested in tests/probe/derive_test.cpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace probe {

// One reading exactly as the tool printed it ("Memory Clock rate" -> "6251 Mhz"), kept so a
// measured record can be re-checked against its capture without trusting our parser.
struct Reading {
  std::string label;
  std::string text;
};

// A value we computed rather than read, with the formula that produced it.
struct Derivation {
  std::string field;    // "cuda_cores", "bandwidth_gbs", "architecture"
  std::string value;    // as written in the record ("16896", "3352.32", "Hopper")
  std::string formula;  // "sm_count * 128 (cores per SM for compute capability 9.0)"
};

// Every measured key is optional: a field the tool did not print, or the driver did not
// answer, stays empty and is left out of the JSON ("not measured"), never guessed.
struct DeviceRecord {
  std::optional<std::string> name;
  std::optional<std::string> uuid;
  std::optional<std::string> pci_bus_id;
  std::optional<std::string> compute_capability;  // "9.0"
  std::optional<std::string> architecture;         // "Hopper"
  std::optional<int64_t> sm_count;
  std::optional<int64_t> cuda_cores;
  std::optional<int64_t> memory_total_bytes;
  std::optional<int64_t> memory_bus_width_bits;
  std::optional<int64_t> memory_clock_mhz;  // max memory clock; see derive.h for the convention
  std::optional<double> bandwidth_gbs;      // decimal GB/s
  std::optional<int64_t> max_sm_clock_mhz;
  std::optional<int64_t> l2_bytes;
  std::optional<double> power_limit_default_w;
  std::optional<double> power_limit_max_w;
  std::optional<int64_t> pcie_max_gen;
  std::optional<int64_t> pcie_max_width;
  std::optional<bool> display_mode;    // a display can be attached (nvidia-smi "Display Mode")
  std::optional<bool> display_active;  // a display is initialised on the GPU
  std::optional<std::string> driver_version;       // "550.90.07"
  std::optional<std::string> cuda_driver_version;  // "12.4"
  std::optional<std::string> catalog_id;           // set by product_map, absent when unmapped
  std::optional<bool> mig_enabled;                 // the record still describes the physical GPU

  std::vector<Reading> readings;
  std::vector<Derivation> derived;
};

// Where the readings came from: the tool ("deviceQuery", "nvidia-smi -q", "nvidia-smi -q -x",
// "nvml+cuda"), the capture file or "live", and the capture date when the tool printed one.
struct ProbeSource {
  std::string tool;
  std::string file;
  std::string date;       // ISO 8601 date ("2024-11-12"), "" when unknown
  std::string format_version;  // "nvsmi_device_v12.dtd" for XML, "" otherwise
};

struct ProbeResult {
  ProbeSource source;
  std::vector<DeviceRecord> devices;
  core::Errors warnings;  // recoverable: a missing symbol, an unmapped product name
};

}  // namespace probe
