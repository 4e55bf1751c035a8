// `factcheck audit` over the bundled datasheet PDF: its spec table becomes the L4's claims; a wrong figure is a finding.
#include <catch2/catch.hpp>

#include "audit/history_store.h"
#include "audit_runs.h"

namespace {

using audit_test::states_of;
using audit_test::summary;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;
namespace fs = std::filesystem;

std::set<std::string> claims_of(const TempDir& dir, int64_t run) {
  auto store = ::audit::HistoryStore::open((dir / "history.sqlite").string());
  REQUIRE(store.ok());
  std::set<std::string> out;
  for (const auto& [source, c] : (*store)->claims(run)) out.insert(source + " " + c.gpu + " " + c.field + " " + c.value);
  return out;
}

}  // namespace

TEST_CASE("audit: a vendor datasheet PDF's spec table is the page GPU's claims; a wrong value in it is a finding") {
  TempDir dir;
  const fs::path pdf = fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "sources" / "datasheets" / "nvidia-l4-datasheet.pdf";
  write_file(dir / "sheet.pdf", read_file(pdf));
  write_file(dir / "sources.json", R"({"version": 1, "sources": [{"id": "l4-sheet", "url": "sheet.pdf", "kind": "vendor",
                                     "reader": "pdf", "site": "nvidia"}]})");
  auto first = audit_test::audit(dir, dir / "sources.json");
  FACTCHECK_INFO(first);
  CHECK(first.rc == 0);
  auto s1 = summary(dir);
  CHECK(s1["sources"]["ok"] == 1);
  CHECK(s1["new"] == 0);
  auto claims = claims_of(dir, 1);
  INFO(nlohmann::json(claims).dump(1));
  for (const char* expected : {"l4-sheet nvidia-l4 memory_size 24 GB", "l4-sheet nvidia-l4 memory_type GDDR6",
                               "l4-sheet nvidia-l4 memory_bandwidth 300 GB/s", "l4-sheet nvidia-l4 tdp 72 W",
                               "l4-sheet nvidia-l4 fp32_tflops 30.3 TFLOPS"}) {
    CHECK(claims.count(expected) == 1);
  }

  // The same datasheet with the TDP misprinted: the PDF's text edited in place (same length,
  // so the cross-reference table stays right).
  std::string bytes = read_file(dir / "sheet.pdf");
  size_t at = bytes.find("(72 W)");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 6, "(75 W)");
  write_file(dir / "sheet.pdf", bytes);
  auto second = audit_test::audit(dir, dir / "sources.json");
  FACTCHECK_INFO(second);
  CHECK(second.rc == 1);
  CHECK(states_of(summary(dir), "new") == std::set<std::string>{"l4-sheet nvidia-l4 tdp 75 W"});
}
