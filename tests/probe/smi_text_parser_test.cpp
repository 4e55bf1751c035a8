// Tests for probe/smi_text_parser.h on the real `nvidia-smi -q` captures.
#include <catch2/catch.hpp>

#include "probe/smi_text_parser.h"
#include "probe_fixtures.h"

using namespace probe;
using probe_test::read_ok;

TEST_CASE("nvidia-smi -q: H100 SXM5 x8 power limits and clocks") {
  ProbeResult r = read_ok("h100-sxm5-80gb-hbm3-x8-nvidia-smi-q.txt");
  CHECK(r.source.tool == "nvidia-smi -q");
  CHECK(r.source.date == "2024-11-14");
  REQUIRE(r.devices.size() == 8);
  const DeviceRecord& d = r.devices[0];
  CHECK(d.catalog_id == "nvidia-h100-sxm5");
  CHECK(d.architecture == "Hopper");
  CHECK(d.power_limit_default_w == Approx(700));
  CHECK(d.power_limit_max_w == Approx(700));
  CHECK(d.memory_clock_mhz == 2619);
  CHECK(d.max_sm_clock_mhz == 1980);
  CHECK(d.memory_total_bytes == 81559LL * 1024 * 1024);
  CHECK(d.driver_version == "565.57.01");
  CHECK(d.cuda_driver_version == "12.7");
  CHECK(d.mig_enabled == false);
  // nvidia-smi does not print SMs or bus width: left unmeasured, so no cores or bandwidth.
  CHECK_FALSE(d.sm_count);
  CHECK_FALSE(d.cuda_cores);
  CHECK_FALSE(d.bandwidth_gbs);
}

TEST_CASE("nvidia-smi -q: L4") {
  ProbeResult r = read_ok("l4-nvidia-smi-q.txt");
  REQUIRE(r.devices.size() == 1);
  const DeviceRecord& d = r.devices[0];
  CHECK(d.name == "NVIDIA L4");
  CHECK(d.uuid == "GPU-453f8851-d1a3-e72d-4d85-3ef04418205b");
  CHECK(d.pci_bus_id == "00000000:01:00.0");
  CHECK(d.architecture == "Ada Lovelace");
  CHECK(d.power_limit_default_w == Approx(72));
  CHECK(d.memory_clock_mhz == 6251);
  CHECK(d.pcie_max_gen == 4);
  CHECK(d.pcie_max_width == 16);
  CHECK(d.display_mode == true);
  CHECK(d.display_active == false);
}

TEST_CASE("nvidia-smi -q: H100 NVL board limits differ from each other") {
  ProbeResult r = read_ok("h100-nvl-x2-nvidia-smi-q.txt");
  CHECK(r.devices[0].power_limit_default_w == Approx(310));
  CHECK(r.devices[0].power_limit_max_w == Approx(400));
}

TEST_CASE("nvidia-smi -q: fewer GPU blocks than attached GPUs is truncation") {
  core::Source source("cut.txt",
                      "==============NVSMI LOG==============\n\nAttached GPUs                             : 2\n"
                      "GPU 00000000:01:00.0\n    Product Name                          : NVIDIA L4\n"
                      "    Processes                             : None\n");
  auto r = parse_smi_text(source);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("2 attached GPU(s)") != std::string::npos);
}

TEST_CASE("nvidia-smi -q: a block cut before Processes is truncation") {
  core::Source source("cut.txt",
                      "==============NVSMI LOG==============\n\nAttached GPUs                             : 1\n"
                      "GPU 00000000:01:00.0\n    Product Name                          : NVIDIA L4\n"
                      "    FB Memory Usage\n        Total                             : 23034 MiB\n");
  auto r = parse_smi_text(source);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("Processes") != std::string::npos);
  CHECK(r.error().position.line == 4);
}
