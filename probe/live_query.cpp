// NVML + CUDA driver queries through dlopen/dlsym, every return code checked; tested in tests/probe/live_query_test.cpp.
#include "probe/live_query.h"

#include <dlfcn.h>

#include <ctime>
#include <string>
#include <vector>

#include "probe/cuda_driver_api.h"
#include "probe/nvml_api.h"
#include "probe/record_completion.h"

namespace probe {
namespace {

class SharedLibrary {
 public:
  explicit SharedLibrary(const std::string& name) : handle_(::dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL)) {}
  ~SharedLibrary() {
    if (handle_) ::dlclose(handle_);
  }
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;
  bool loaded() const { return handle_ != nullptr; }
  // nullptr when the driver is too old to export `name`.
  template <typename Fn>
  Fn symbol(const char* name) const {
    return handle_ ? reinterpret_cast<Fn>(::dlsym(handle_, name)) : nullptr;
  }

 private:
  void* handle_;
};

std::string today_utc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

// Calls one NVML getter by name; on a missing symbol or a failing return code it records
// a warning and returns false, so the field stays unmeasured.
class NvmlCaller {
 public:
  NvmlCaller(const SharedLibrary& lib, ProbeResult& result)
      : lib_(lib), result_(result), error_string_(lib.symbol<nvml::ErrorStringFn>("nvmlErrorString")) {}

  template <typename Fn, typename... Args>
  bool call(const char* name, const std::string& who, Args... args) {
    Fn fn = lib_.symbol<Fn>(name);
    if (!fn) {
      warn(who + ": " + name + " is not exported by this driver; not measured");
      return false;
    }
    nvml::Return rc = fn(args...);
    if (rc != nvml::kSuccess) {
      std::string why = error_string_ ? error_string_(rc) : "";
      warn(who + ": " + name + " returned " + std::to_string(rc) + (why.empty() ? "" : " (" + why + ")") +
           "; not measured");
      return false;
    }
    return true;
  }
  void warn(const std::string& message) { result_.warnings.push_back({core::ErrorCode::unavailable, message, {"live"}}); }

 private:
  const SharedLibrary& lib_;
  ProbeResult& result_;
  nvml::ErrorStringFn error_string_;
};

struct PciAddress {
  unsigned domain = 0, bus = 0, device = 0;
  bool operator==(const PciAddress&) const = default;
};

void add_cuda_readings(const DriverLibraries& libraries, ProbeResult& result, const std::vector<PciAddress>& addresses) {
  SharedLibrary lib(libraries.cuda);
  auto warn = [&result](const std::string& m) { result.warnings.push_back({core::ErrorCode::unavailable, m, {"live"}}); };
  if (!lib.loaded()) {
    warn(libraries.cuda + " not found: SM count, CUDA cores and L2 size not measured");
    return;
  }
  auto init = lib.symbol<cuda::InitFn>("cuInit");
  auto count_fn = lib.symbol<cuda::DeviceGetCountFn>("cuDeviceGetCount");
  auto get = lib.symbol<cuda::DeviceGetFn>("cuDeviceGet");
  auto attribute = lib.symbol<cuda::DeviceGetAttributeFn>("cuDeviceGetAttribute");
  if (!init || !count_fn || !get || !attribute) {
    warn(libraries.cuda + " lacks cuInit/cuDeviceGetCount/cuDeviceGet/cuDeviceGetAttribute: CUDA readings not measured");
    return;
  }
  if (cuda::Result rc = init(0); rc != cuda::kSuccess) {
    warn("cuInit returned " + std::to_string(rc) + ": CUDA readings not measured");
    return;
  }
  int count = 0;
  if (cuda::Result rc = count_fn(&count); rc != cuda::kSuccess) {
    warn("cuDeviceGetCount returned " + std::to_string(rc) + ": CUDA readings not measured");
    return;
  }
  for (int ordinal = 0; ordinal < count; ++ordinal) {
    cuda::Device dev = 0;
    if (get(&dev, ordinal) != cuda::kSuccess) continue;
    auto read = [&](cuda::Attribute a, const char* label) -> std::optional<int> {
      int value = 0;
      cuda::Result rc = attribute(&value, a, dev);
      if (rc != cuda::kSuccess) {
        warn("CUDA device " + std::to_string(ordinal) + ": cuDeviceGetAttribute(" + label + ") returned " +
             std::to_string(rc) + "; not measured");
        return std::nullopt;
      }
      return value;
    };
    auto domain = read(cuda::kPciDomainId, "CU_DEVICE_ATTRIBUTE_PCI_DOMAIN_ID");
    auto bus = read(cuda::kPciBusId, "CU_DEVICE_ATTRIBUTE_PCI_BUS_ID");
    auto device_id = read(cuda::kPciDeviceId, "CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID");
    if (!domain || !bus || !device_id) continue;
    PciAddress address{static_cast<unsigned>(*domain), static_cast<unsigned>(*bus), static_cast<unsigned>(*device_id)};
    size_t match = 0;
    while (match < addresses.size() && !(addresses[match] == address)) ++match;
    if (match == addresses.size()) {
      warn("CUDA device " + std::to_string(ordinal) + " has no NVML device at the same PCI address; skipped");
      continue;
    }
    DeviceRecord& d = result.devices[match];
    auto keep = [&d](const char* label, int value) { d.readings.push_back({label, std::to_string(value)}); };
    if (auto v = read(cuda::kMultiprocessorCount, "CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT")) {
      keep("CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT", *v);
      d.sm_count = *v;
    }
    if (auto v = read(cuda::kL2CacheSize, "CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE")) {
      keep("CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE", *v);
      d.l2_bytes = *v;
    }
    if (auto v = read(cuda::kGlobalMemoryBusWidth, "CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH")) {
      keep("CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH", *v);
      if (!d.memory_bus_width_bits) d.memory_bus_width_bits = *v;
    }
    if (auto v = read(cuda::kMemoryClockRate, "CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE")) {
      keep("CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE", *v);
      if (!d.memory_clock_mhz) d.memory_clock_mhz = *v / 1000;  // kHz
    }
    if (auto v = read(cuda::kClockRate, "CU_DEVICE_ATTRIBUTE_CLOCK_RATE")) keep("CU_DEVICE_ATTRIBUTE_CLOCK_RATE", *v);
    auto major = read(cuda::kComputeCapabilityMajor, "CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR");
    auto minor = read(cuda::kComputeCapabilityMinor, "CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR");
    if (major && minor && !d.compute_capability) d.compute_capability = std::to_string(*major) + "." + std::to_string(*minor);
  }
  if (auto version_fn = lib.symbol<cuda::DriverGetVersionFn>("cuDriverGetVersion")) {
    int version = 0;
    if (version_fn(&version) == cuda::kSuccess && version > 0) {
      for (DeviceRecord& d : result.devices)
        if (!d.cuda_driver_version)
          d.cuda_driver_version = std::to_string(version / 1000) + "." + std::to_string((version % 1000) / 10);
    }
  }
}

}  // namespace

core::Result<ProbeResult> query_live(const DriverLibraries& libraries) {
  SharedLibrary lib(libraries.nvml);
  if (!lib.loaded())
    return core::Error{core::ErrorCode::unavailable, "no NVIDIA driver: " + libraries.nvml + " not found", {}};
  auto init = lib.symbol<nvml::InitFn>("nvmlInit_v2");
  auto shutdown = lib.symbol<nvml::InitFn>("nvmlShutdown");
  auto count_fn = lib.symbol<nvml::GetCountFn>("nvmlDeviceGetCount_v2");
  auto handle_fn = lib.symbol<nvml::GetHandleFn>("nvmlDeviceGetHandleByIndex_v2");
  if (!init || !count_fn || !handle_fn)
    return core::Error{core::ErrorCode::unavailable,
                       libraries.nvml + " lacks nvmlInit_v2/nvmlDeviceGetCount_v2/nvmlDeviceGetHandleByIndex_v2: "
                                        "the driver is too old to probe",
                       {}};
  if (nvml::Return rc = init(); rc != nvml::kSuccess) {
    auto error_string = lib.symbol<nvml::ErrorStringFn>("nvmlErrorString");
    return core::Error{core::ErrorCode::unavailable,
                       "NVML did not start (nvmlInit_v2 returned " + std::to_string(rc) +
                           (error_string ? std::string(": ") + error_string(rc) : std::string()) + ")",
                       {}};
  }
  ProbeResult result;
  result.source = {"nvml+cuda", "live", today_utc(), ""};
  NvmlCaller nvml_call(lib, result);

  std::string driver_version, cuda_version;
  char text[nvml::kDriverVersionBufferSize] = {};
  if (nvml_call.call<nvml::GetSystemStringFn>("nvmlSystemGetDriverVersion", "system", text, nvml::kDriverVersionBufferSize))
    driver_version = text;
  int cuda_int = 0;
  if (nvml_call.call<nvml::GetSystemIntFn>("nvmlSystemGetCudaDriverVersion_v2", "system", &cuda_int) && cuda_int > 0)
    cuda_version = std::to_string(cuda_int / 1000) + "." + std::to_string((cuda_int % 1000) / 10);

  unsigned count = 0;
  if (nvml::Return rc = count_fn(&count); rc != nvml::kSuccess) {
    if (shutdown) shutdown();
    return core::Error{core::ErrorCode::unavailable, "nvmlDeviceGetCount_v2 returned " + std::to_string(rc), {}};
  }
  std::vector<PciAddress> addresses;
  for (unsigned i = 0; i < count; ++i) {
    const std::string who = "GPU " + std::to_string(i);
    nvml::Device dev = nullptr;
    if (nvml::Return rc = handle_fn(i, &dev); rc != nvml::kSuccess) {
      nvml_call.warn(who + ": nvmlDeviceGetHandleByIndex_v2 returned " + std::to_string(rc) + "; skipped");
      continue;
    }
    DeviceRecord d;
    auto keep = [&d](const char* label, const std::string& value) { d.readings.push_back({label, value}); };
    if (!driver_version.empty()) d.driver_version = driver_version;
    if (!cuda_version.empty()) d.cuda_driver_version = cuda_version;
    char name[nvml::kNameBufferSize] = {};
    if (nvml_call.call<nvml::GetStringFn>("nvmlDeviceGetName", who, dev, name, nvml::kNameBufferSize)) {
      d.name = name;
      keep("nvmlDeviceGetName", name);
    }
    char uuid[nvml::kUuidBufferSize] = {};
    if (nvml_call.call<nvml::GetStringFn>("nvmlDeviceGetUUID", who, dev, uuid, nvml::kUuidBufferSize)) d.uuid = uuid;
    nvml::PciInfo pci{};
    PciAddress address{~0u, ~0u, ~0u};  // matches no CUDA device when unknown
    if (nvml_call.call<nvml::GetPciFn>("nvmlDeviceGetPciInfo_v3", who, dev, &pci)) {
      pci.busId[sizeof pci.busId - 1] = '\0';
      d.pci_bus_id = pci.busId;
      address = {pci.domain, pci.bus, pci.device};
    }
    int major = 0, minor = 0;
    if (nvml_call.call<nvml::GetComputeCapabilityFn>("nvmlDeviceGetCudaComputeCapability", who, dev, &major, &minor))
      d.compute_capability = std::to_string(major) + "." + std::to_string(minor);
    nvml::Memory memory{};
    if (nvml_call.call<nvml::GetMemoryFn>("nvmlDeviceGetMemoryInfo", who, dev, &memory)) {
      d.memory_total_bytes = static_cast<int64_t>(memory.total);
      keep("nvmlDeviceGetMemoryInfo.total", std::to_string(memory.total));
    }
    unsigned value = 0, second = 0;
    if (nvml_call.call<nvml::GetUintFn>("nvmlDeviceGetMemoryBusWidth", who, dev, &value)) {
      d.memory_bus_width_bits = value;
      keep("nvmlDeviceGetMemoryBusWidth", std::to_string(value));
    }
    if (nvml_call.call<nvml::GetClockFn>("nvmlDeviceGetMaxClockInfo", who, dev, nvml::kClockMem, &value)) {
      d.memory_clock_mhz = value;
      keep("nvmlDeviceGetMaxClockInfo(NVML_CLOCK_MEM)", std::to_string(value) + " MHz");
    }
    if (nvml_call.call<nvml::GetClockFn>("nvmlDeviceGetMaxClockInfo", who, dev, nvml::kClockSm, &value)) {
      d.max_sm_clock_mhz = value;
      keep("nvmlDeviceGetMaxClockInfo(NVML_CLOCK_SM)", std::to_string(value) + " MHz");
    }
    if (nvml_call.call<nvml::GetUintFn>("nvmlDeviceGetPowerManagementDefaultLimit", who, dev, &value)) {
      d.power_limit_default_w = value / 1000.0;  // milliwatts
      keep("nvmlDeviceGetPowerManagementDefaultLimit", std::to_string(value) + " mW");
    }
    if (nvml_call.call<nvml::GetUintPairFn>("nvmlDeviceGetPowerManagementLimitConstraints", who, dev, &second, &value)) {
      d.power_limit_max_w = value / 1000.0;
      keep("nvmlDeviceGetPowerManagementLimitConstraints.max", std::to_string(value) + " mW");
    }
    // The GPU's own maximum where the driver exports it (R470+); the older call is also
    // capped by the slot, so it is only the fallback.
    const char* max_gen_call = lib.symbol<nvml::GetUintFn>("nvmlDeviceGetGpuMaxPcieLinkGeneration")
                                   ? "nvmlDeviceGetGpuMaxPcieLinkGeneration"
                                   : "nvmlDeviceGetMaxPcieLinkGeneration";
    if (nvml_call.call<nvml::GetUintFn>(max_gen_call, who, dev, &value)) {
      d.pcie_max_gen = value;
      keep(max_gen_call, std::to_string(value));
    }
    if (nvml_call.call<nvml::GetUintFn>("nvmlDeviceGetMaxPcieLinkWidth", who, dev, &value)) d.pcie_max_width = value;
    int state = 0;
    if (nvml_call.call<nvml::GetEnableStateFn>("nvmlDeviceGetDisplayMode", who, dev, &state)) d.display_mode = state != 0;
    if (nvml_call.call<nvml::GetEnableStateFn>("nvmlDeviceGetDisplayActive", who, dev, &state)) d.display_active = state != 0;
    if (nvml_call.call<nvml::GetUintPairFn>("nvmlDeviceGetMigMode", who, dev, &value, &second)) d.mig_enabled = value != 0;
    result.devices.push_back(std::move(d));
    addresses.push_back(address);
  }
  if (shutdown) shutdown();
  add_cuda_readings(libraries, result, addresses);
  core::Errors errors = complete_records(result);
  if (!errors.empty()) return errors.front();
  return result;
}

}  // namespace probe
