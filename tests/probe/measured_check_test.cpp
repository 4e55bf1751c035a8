// Tests for probe/measured_check.h: each field's tolerance fires beyond it and stays quiet within it.
#include <catch2/catch.hpp>

#include <filesystem>

#include <unistd.h>

#include "probe/atomic_file.h"
#include "probe/measured_check.h"
#include "probe/record_json.h"
#include "probe_fixtures.h"

namespace fs = std::filesystem;
using namespace probe;

namespace {

catalog::FieldValue number(const std::string& field, double value, const std::string& unit = "") {
  catalog::FieldValue v;
  v.field = field;
  v.value = value;
  v.unit = unit;
  v.source = "test";
  v.position = {"datasets/catalog/nvidia/test.json", 7, 5, 0};
  return v;
}

catalog::Gpu gpu(const std::string& id, std::vector<catalog::FieldValue> fields) {
  catalog::Gpu g;
  g.id = id;
  g.path = "datasets/catalog/nvidia/" + id + ".json";
  for (auto& f : fields) g.fields[f.field] = f;
  return g;
}

// A measured dir holding the records of the given captures.
struct MeasuredDir {
  fs::path dir = fs::temp_directory_path() / ("probe-measured-" + std::to_string(::getpid()));
  explicit MeasuredDir(const std::vector<std::string>& captures) {
    fs::create_directories(dir);
    for (const auto& c : captures) {
      ProbeResult r = probe_test::read_ok(c);
      REQUIRE_FALSE(write_file_atomically((dir / (fs::path(c).stem().string() + ".json")).string(), to_json(r)));
    }
  }
  ~MeasuredDir() { fs::remove_all(dir); }
};

core::Errors check(std::vector<catalog::FieldValue> fields, const std::string& id,
                   const std::vector<std::string>& captures) {
  MeasuredDir measured(captures);
  catalog::Catalog c;
  c.add(gpu(id, std::move(fields)));
  return check_measured_against_catalog(c, measured.dir.string());
}

}  // namespace

TEST_CASE("catalog values that agree with the H100 SXM5 captures pass") {
  auto errors = check({number("sm_count", 132), number("cuda_cores", 16896), number("memory_bus_width", 5120, "bit"),
                       number("memory_size", 80, "GB"), number("l2_cache", 50, "MB"), number("tdp", 700, "W"),
                       number("memory_bandwidth", 3350, "GB/s")},
                      "nvidia-h100-sxm5",
                      {"h100-sxm5-80gb-hbm3-x8-devicequery.txt", "h100-sxm5-80gb-hbm3-x8-nvidia-smi-q.txt"});
  for (const auto& e : errors) INFO(e.format());
  CHECK(errors.empty());
}

TEST_CASE("a wrong SM count is reported once, at the catalog value") {
  auto errors = check({number("sm_count", 60)}, "nvidia-l4", {"l4-devicequery.txt"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].position.file == "datasets/catalog/nvidia/test.json");
  CHECK(errors[0].position.line == 7);
  CHECK(errors[0].message.find("sm_count is 60") != std::string::npos);
  CHECK(errors[0].message.find("measured 58") != std::string::npos);
}

TEST_CASE("eight identical GPUs give one report, not eight") {
  auto errors = check({number("cuda_cores", 16384)}, "nvidia-h100-sxm5", {"h100-sxm5-80gb-hbm3-x8-devicequery.txt"});
  CHECK(errors.size() == 1);
}

TEST_CASE("memory: reserved memory is tolerated, a wrong size is not") {
  CHECK(check({number("memory_size", 24, "GB")}, "nvidia-l4", {"l4-devicequery.txt"}).empty());  // 21.95 GiB with ECC
  CHECK(check({number("memory_size", 94, "GB")}, "nvidia-h100-nvl", {"h100-nvl-x2-nvidia-smi-q.txt"}).empty());
  CHECK(check({number("memory_size", 16, "GB")}, "nvidia-l4", {"l4-devicequery.txt"}).size() == 1);
  CHECK(check({number("memory_size", 32, "GB")}, "nvidia-l4", {"l4-devicequery.txt"}).size() == 1);
}

TEST_CASE("L2: MiB or decimal MB, nothing else") {
  CHECK(check({number("l2_cache", 48, "MB")}, "nvidia-l4", {"l4-devicequery.txt"}).empty());
  CHECK(check({number("l2_cache", 50.3, "MB")}, "nvidia-l4", {"l4-devicequery.txt"}).empty());
  CHECK(check({number("l2_cache", 96, "MB")}, "nvidia-l4", {"l4-devicequery.txt"}).size() == 1);
}

TEST_CASE("TDP: board limits bound it loosely") {
  // A100 SXM4 80GB: board default 500 W, NVIDIA's TDP 400 W.
  CHECK(check({number("tdp", 400, "W")}, "nvidia-a100-sxm4-80gb", {"a100-sxm4-80gb-x4-nvidia-smi-q.txt"}).empty());
  // H100 NVL: default 310 W, max 400 W; 350-400 W configurable.
  CHECK(check({number("tdp", 400, "W")}, "nvidia-h100-nvl", {"h100-nvl-x2-nvidia-smi-q.txt"}).empty());
  CHECK(check({number("tdp", 350, "W")}, "nvidia-l4", {"l4-nvidia-smi-q.txt"}).size() == 1);
  CHECK(check({number("tdp", 40, "W")}, "nvidia-l4", {"l4-nvidia-smi-q.txt"}).size() == 1);
}

TEST_CASE("bandwidth within 5% of the derived figure") {
  CHECK(check({number("memory_bandwidth", 3900, "GB/s")}, "nvidia-h100-nvl", {"h100-nvl-x2-devicequery.txt"}).empty());
  CHECK(check({number("memory_bandwidth", 2000, "GB/s")}, "nvidia-h100-nvl", {"h100-nvl-x2-devicequery.txt"}).size() == 1);
}

TEST_CASE("architecture must match") {
  catalog::FieldValue arch;
  arch.field = "architecture";
  arch.value = std::string("Ampere");
  CHECK(check({arch}, "nvidia-l4", {"l4-devicequery.txt"}).size() == 1);
  arch.value = std::string("Ada Lovelace");
  CHECK(check({arch}, "nvidia-l4", {"l4-devicequery.txt"}).empty());
}

TEST_CASE("records for GPUs not in the catalog are skipped; unreadable records are errors") {
  CHECK(check({number("sm_count", 1)}, "nvidia-some-other-gpu", {"l4-devicequery.txt"}).empty());
  MeasuredDir measured({});
  REQUIRE_FALSE(write_file_atomically((measured.dir / "broken.json").string(), "{\"version\":"));
  auto errors = check_measured_against_catalog(catalog::Catalog{}, measured.dir.string());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].position.file.find("broken.json") != std::string::npos);
}
