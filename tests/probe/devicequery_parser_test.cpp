// Tests for probe/devicequery_parser.h on the real deviceQuery captures.
#include <catch2/catch.hpp>

#include "probe/devicequery_parser.h"
#include "probe_fixtures.h"

using namespace probe;
using probe_test::read_ok;

TEST_CASE("deviceQuery: H100 SXM5 x8") {
  ProbeResult r = read_ok("h100-sxm5-80gb-hbm3-x8-devicequery.txt");
  CHECK(r.source.tool == "deviceQuery");
  REQUIRE(r.devices.size() == 8);
  const DeviceRecord& d = r.devices[0];
  CHECK(d.name == "NVIDIA H100 80GB HBM3");
  CHECK(d.catalog_id == "nvidia-h100-sxm5");
  CHECK(d.compute_capability == "9.0");
  CHECK(d.architecture == "Hopper");
  CHECK(d.sm_count == 132);
  CHECK(d.cuda_cores == 16896);
  CHECK(d.memory_bus_width_bits == 5120);
  CHECK(d.memory_clock_mhz == 2619);
  REQUIRE(d.bandwidth_gbs);
  CHECK(*d.bandwidth_gbs == Approx(3352).margin(0.5));
  CHECK(d.l2_bytes == 50LL * 1024 * 1024);  // 50 MiB
  CHECK(d.memory_total_bytes == 85045477376LL);
  CHECK(d.max_sm_clock_mhz == 1980);
  CHECK(d.cuda_driver_version == "12.7");
  CHECK(d.pci_bus_id == "00000000:18:00.0");  // "0 / 24 / 0" printed in decimal
  // Every GPU of the box, not the first one eight times.
  CHECK(r.devices[7].pci_bus_id != r.devices[0].pci_bus_id);
}

TEST_CASE("deviceQuery: L4") {
  ProbeResult r = read_ok("l4-devicequery.txt");
  REQUIRE(r.devices.size() == 1);
  const DeviceRecord& d = r.devices[0];
  CHECK(d.catalog_id == "nvidia-l4");
  CHECK(d.compute_capability == "8.9");
  CHECK(d.architecture == "Ada Lovelace");
  CHECK(d.sm_count == 58);
  CHECK(d.cuda_cores == 7424);
  CHECK(d.memory_bus_width_bits == 192);
  REQUIRE(d.bandwidth_gbs);
  CHECK(*d.bandwidth_gbs == Approx(300).margin(0.5));  // 2 * 6251 * 192 / 8
  CHECK(d.l2_bytes == 48LL * 1024 * 1024);
}

TEST_CASE("deviceQuery: clock convention reproduces vendor bandwidth on GDDR6X and HBM2e") {
  ProbeResult rtx4090 = read_ok("rtx4090-x8-devicequery.txt");
  CHECK(*rtx4090.devices[0].bandwidth_gbs == Approx(1008).margin(0.5));  // GDDR6X, 21 Gbps
  ProbeResult a100 = read_ok("a100-sxm4-80gb-x4-devicequery.txt");
  CHECK(a100.devices[0].cuda_cores == 6912);                          // 108 SMs * 64
  CHECK(*a100.devices[0].bandwidth_gbs == Approx(2039).margin(0.5));  // HBM2e
  ProbeResult v100 = read_ok("v100-x8-devicequery.txt");
  CHECK(v100.devices[0].cuda_cores == 5120);
  CHECK(*v100.devices[0].bandwidth_gbs == Approx(898).margin(0.5));  // NVIDIA: 900 GB/s
}

TEST_CASE("deviceQuery: a run cut before its summary line is an error, not fewer GPUs") {
  core::Source source("cut.txt",
                      "deviceQuery Starting...\n\nDetected 2 CUDA Capable device(s)\n\nDevice 0: \"NVIDIA L4\"\n"
                      "  CUDA Capability Major/Minor version number:    8.9\n");
  auto r = parse_devicequery(source);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("truncated") != std::string::npos);
  CHECK(r.error().position.file == "cut.txt");
}
