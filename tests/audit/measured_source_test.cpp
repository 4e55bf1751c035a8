// `factcheck audit` over a measured record (datasets/measured): disagreements with the catalog are findings, fixed when they agree.
#include <catch2/catch.hpp>

#include "audit_runs.h"

namespace {

using audit_test::audit;
using audit_test::states_of;
using audit_test::summary;
using cmd_test::contains;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;
namespace fs = std::filesystem;

}  // namespace

TEST_CASE("audit: a measured record that disagrees with the catalog is the catalog's finding; fixed once they agree") {
  TempDir dir;
  const fs::path real = fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "measured" / "l4-devicequery.json";
  auto record = nlohmann::json::parse(read_file(real));
  // A doctored capture: an L4 reporting 60 SMs and 7,680 cores, the figures some databases list.
  record["devices"][0]["sm_count"] = 60;
  record["devices"][0]["cuda_cores"] = 7680;
  write_file(dir / "l4.json", record.dump(2));
  write_file(dir / "sources.json",
             R"({"version": 1, "sources": [{"id": "measured-l4", "url": "l4.json", "kind": "measured", "reader": "measured"}]})");
  auto first = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(first);
  CHECK(first.rc == 1);
  auto s1 = summary(dir);
  const std::set<std::string> disagreements = {"measured-l4 nvidia-l4 sm_count 58", "measured-l4 nvidia-l4 cuda_cores 7424"};
  CHECK(states_of(s1, "new") == disagreements);
  CHECK(s1["sources"]["ok"] == 1);
  bool names_measurement = false;
  for (const auto& f : s1["findings"]) {
    if (f["field"] == "sm_count") names_measurement = contains(f.dump(), "measured 60") && contains(f.dump(), "nvidia-l4.json:");
  }
  CHECK(names_measurement);

  // The real capture again: the device and the catalog agree, so both findings are fixed.
  write_file(dir / "l4.json", read_file(real));
  auto second = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(second);
  CHECK(second.rc == 0);
  auto s2 = summary(dir);
  CHECK(states_of(s2, "fixed") == disagreements);
  CHECK(s2["new"] == 0);
  CHECK(s2["open"] == 0);

  // No longer a measured record: a source error, so the last good copy is judged instead.
  write_file(dir / "l4.json", "{\"version\": 1}");
  auto third = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(third);
  CHECK(summary(dir)["sources"]["stale"] == 1);
  CHECK(contains(third.err, "not a measured record"));
  CHECK(summary(dir)["new"] == 0);
}
