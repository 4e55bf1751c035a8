// Tests for probe/capture_reader.h: every real capture parses; bad input fails with the file named.
#include <catch2/catch.hpp>

#include <filesystem>

#include "probe/record_completion.h"
#include "probe_fixtures.h"

using namespace probe;
using probe_test::capture;

TEST_CASE("every capture in the fixture folder parses") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(capture(""))) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    ++files;
    auto r = read_capture(entry.path().string());
    INFO(entry.path().string() << ": " << (r ? std::string() : r.error().format()));
    REQUIRE(r.ok());
    CHECK_FALSE(r->devices.empty());
    for (const DeviceRecord& d : r->devices) CHECK(d.catalog_id);  // all captured products are mapped
  }
  CHECK(files == 27);  // 26 shared captures + the constructed v11 file
}

TEST_CASE("the format is sniffed from content") {
  CHECK(sniff_capture("  <?xml version=\"1.0\"?>") == CaptureKind::smi_xml);
  CHECK(sniff_capture("\n==============NVSMI LOG==============\n") == CaptureKind::smi_text);
  CHECK(sniff_capture("deviceQuery Starting...\n") == CaptureKind::devicequery);
  CHECK(sniff_capture("hello") == CaptureKind::unknown);
}

namespace {
core::Error refused(const std::string& name) {
  auto r = read_capture(capture("bad/" + name));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().format().find("bad/" + name) != std::string::npos);  // the message names the file
  return r.error();
}
}  // namespace

TEST_CASE("truncated captures are errors") {
  CHECK(refused("truncated-devicequery.txt").message.find("truncated") != std::string::npos);
  CHECK(refused("truncated-nvidia-smi-q.txt").message.find("2 attached GPU(s)") != std::string::npos);
  CHECK(refused("truncated-nvidia-smi-qx.xml").message.find("malformed nvidia-smi XML") != std::string::npos);
}

TEST_CASE("binary junk is refused as binary") {
  core::Error e = refused("binary-junk.bin");
  CHECK(e.code == core::ErrorCode::encoding);
  CHECK(e.message.find("binary data at byte 0") != std::string::npos);
}

TEST_CASE("an external entity is refused, never fetched or expanded") {
  core::Error e = refused("external-entity.xml");
  CHECK(e.code == core::ErrorCode::security);
  CHECK(e.position.line == 3);
}

TEST_CASE("a billion-laughs document is refused") {
  core::Error e = refused("billion-laughs.xml");
  CHECK(e.code == core::ErrorCode::security);
  CHECK(e.message.find("<!ENTITY") != std::string::npos);
}

TEST_CASE("an unknown compute capability fails the capture") {
  core::Error e = refused("unknown-capability-devicequery.txt");
  CHECK(e.message.find("unknown compute capability 42.7") != std::string::npos);
}

TEST_CASE("missing, empty and unrecognised files are errors naming the path") {
  auto missing = read_capture(capture("bad/no-such-file.txt"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == core::ErrorCode::io);
  CHECK(refused("README.md").message.find("not a recognised capture") != std::string::npos);
}

TEST_CASE("unmapped product names become one warning per capture") {
  ProbeResult r;
  r.source.file = "x.txt";
  DeviceRecord d;
  d.name = "NVIDIA Unknown Board";
  r.devices = {d, d, d};
  CHECK(complete_records(r).empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].message.find("NVIDIA Unknown Board") != std::string::npos);
  CHECK(r.warnings[0].position.file == "x.txt");
}
