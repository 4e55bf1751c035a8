// Tests for probe/live_query.h without a GPU: no driver, and a fake NVML with missing and failing calls.
#include <catch2/catch.hpp>

#include "probe/live_query.h"

using namespace probe;

TEST_CASE("without NVML the probe says so in one line and reports unavailable") {
  DriverLibraries libraries;
  libraries.nvml = "libnvidia-ml-not-installed.so.1";
  auto r = query_live(libraries);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == core::ErrorCode::unavailable);
  CHECK(r.error().message == "no NVIDIA driver: libnvidia-ml-not-installed.so.1 not found");
}

TEST_CASE("the default library name is the driver's soname") {
  CHECK(DriverLibraries{}.nvml == "libnvidia-ml.so.1");
  CHECK(DriverLibraries{}.cuda == "libcuda.so.1");
}

TEST_CASE("missing symbols and failing calls leave fields unmeasured") {
  DriverLibraries libraries;
  libraries.nvml = FAKE_NVML_PATH;
  libraries.cuda = "libcuda-not-installed.so.1";
  auto r = query_live(libraries);
  INFO((r ? std::string() : r.error().format()));
  REQUIRE(r.ok());
  CHECK(r->source.file == "live");
  CHECK(r->source.tool == "nvml+cuda");
  REQUIRE(r->devices.size() == 1);
  const DeviceRecord& d = r->devices[0];
  CHECK(d.name == "NVIDIA L4");
  CHECK(d.catalog_id == "nvidia-l4");
  CHECK(d.driver_version == "550.90.07");
  CHECK(d.memory_total_bytes == 23034LL * 1024 * 1024);
  CHECK(d.compute_capability == "8.9");
  CHECK(d.architecture == "Ada Lovelace");
  CHECK_FALSE(d.memory_bus_width_bits);  // the call failed: its output is not used
  CHECK_FALSE(d.uuid);                   // symbol missing
  CHECK_FALSE(d.power_limit_default_w);
  CHECK_FALSE(d.sm_count);               // libcuda missing
  CHECK_FALSE(d.cuda_cores);
  bool bus_width_warned = false, cuda_warned = false, uuid_warned = false;
  for (const auto& w : r->warnings) {
    bus_width_warned = bus_width_warned || w.message.find("nvmlDeviceGetMemoryBusWidth returned 3 (Not Supported)") != std::string::npos;
    cuda_warned = cuda_warned || w.message.find("libcuda-not-installed.so.1 not found") != std::string::npos;
    uuid_warned = uuid_warned || w.message.find("nvmlDeviceGetUUID is not exported") != std::string::npos;
  }
  CHECK(bus_width_warned);
  CHECK(cuda_warned);
  CHECK(uuid_warned);
}
