// Tests for probe/smi_xml_parser.h: DTD v11, v12, v13, MIG, and refused entities.
#include <catch2/catch.hpp>

#include "probe/smi_xml_parser.h"
#include "probe_fixtures.h"

using namespace probe;
using probe_test::read_ok;

TEST_CASE("nvidia-smi -q -x v11 (constructed): power_readings block") {
  ProbeResult r = read_ok("v100-x2-nvidia-smi-qx-v11.constructed.xml");
  CHECK(r.source.format_version == "nvsmi_device_v11.dtd");
  REQUIRE(r.devices.size() == 2);
  const DeviceRecord& d = r.devices[1];
  CHECK(d.catalog_id == "nvidia-v100-sxm2-16gb");
  CHECK(d.uuid == "GPU-68acf7f1-73a9-a303-c14a-9615d3bd6511");
  CHECK(d.power_limit_default_w == Approx(300));
  CHECK(d.power_limit_max_w == Approx(300));
  CHECK(d.memory_clock_mhz == 877);
  CHECK(d.pcie_max_gen == 3);
  CHECK(d.memory_total_bytes == 16384LL * 1024 * 1024);
  CHECK_FALSE(d.architecture);  // v11 has no product_architecture and no compute capability
  CHECK(r.warnings.empty());
}

TEST_CASE("nvidia-smi -q -x v12: RTX 3090 and RTX 3060") {
  ProbeResult r = read_ok("rtx3090-nvidia-smi-qx.xml");
  CHECK(r.source.format_version == "nvsmi_device_v12.dtd");
  CHECK(r.source.date == "2024-05-03");
  REQUIRE(r.devices.size() == 1);
  CHECK(r.devices[0].catalog_id == "nvidia-geforce-rtx-3090");
  CHECK(r.devices[0].architecture == "Ampere");
  CHECK(r.devices[0].driver_version == "525.147.05");

  ProbeResult r3060 = read_ok("rtx3060-nvidia-smi-qx.telegraf.xml");
  const DeviceRecord& d = r3060.devices[0];
  CHECK(d.catalog_id == "nvidia-geforce-rtx-3060-12gb");
  CHECK(d.power_limit_default_w == Approx(170));
  CHECK(d.power_limit_max_w == Approx(190));
  CHECK(d.memory_clock_mhz == 7501);
}

TEST_CASE("nvidia-smi -q -x v12 with MIG enabled reports the physical GPU") {
  ProbeResult r = read_ok("a100-sxm4-80gb-mig-nvidia-smi-qx.telegraf.xml");
  REQUIRE(r.devices.size() == 1);  // four MIG slices inside, one physical GPU
  const DeviceRecord& d = r.devices[0];
  CHECK(d.mig_enabled == true);
  CHECK(d.catalog_id == "nvidia-a100-sxm4-80gb");
  CHECK(d.memory_total_bytes == 81920LL * 1024 * 1024);  // not a slice's 19968 MiB
  CHECK(d.power_limit_default_w == Approx(500));
  CHECK(d.uuid == "GPU-513536b6-7d19-9063-b049-1e69664bb298");
}

TEST_CASE("nvidia-smi -q -x v13: dual RTX A5000, deprecated fields unmeasured") {
  ProbeResult r = read_ok("rtx-a5000-x2-nvidia-smi-qx.xml");
  CHECK(r.source.format_version == "nvsmi_device_v13.dtd");
  REQUIRE(r.devices.size() == 2);
  const DeviceRecord& d = r.devices[0];
  CHECK(d.catalog_id == "nvidia-rtx-a5000");
  CHECK(d.power_limit_default_w == Approx(230));
  CHECK(d.memory_clock_mhz == 8001);
  CHECK(d.max_sm_clock_mhz == 2100);
  CHECK(d.pcie_max_gen == 4);
  CHECK(d.pcie_max_width == 16);
  CHECK(d.display_active == false);
  CHECK_FALSE(d.display_mode);  // "Requested functionality has been deprecated"
  CHECK(r.devices[1].pci_bus_id == "00000000:C1:00.0");
}

TEST_CASE("XML declaring entities is refused before parsing") {
  core::Source xxe("x.xml",
                   "<?xml version=\"1.0\"?><!DOCTYPE nvidia_smi_log [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                   "<nvidia_smi_log><gpu><product_name>&e;</product_name></gpu></nvidia_smi_log>");
  auto r = parse_smi_xml(xxe);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == core::ErrorCode::security);
  CHECK(r.error().position.file == "x.xml");
}

TEST_CASE("malformed XML names the file and line") {
  core::Source bad("bad.xml", "<?xml version=\"1.0\"?>\n<nvidia_smi_log>\n<gpu>\n");
  auto r = parse_smi_xml(bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == core::ErrorCode::parse);
  CHECK(r.error().format().rfind("bad.xml:", 0) == 0);
}

TEST_CASE("XML with another root element is not a capture") {
  core::Source other("o.xml", "<?xml version=\"1.0\"?><html><body/></html>");
  auto r = parse_smi_xml(other);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("nvidia_smi_log") != std::string::npos);
}
