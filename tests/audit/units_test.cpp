// Unit tests of audit/: fingerprints, sources files, waivers, the history schema.
#include <catch2/catch.hpp>

#include "../cmd/run_factcheck.h"
#include "audit/fingerprint.h"
#include "audit/history_store.h"
#include "audit/report_filters.h"
#include "audit/source_list.h"
#include "audit/waivers.h"

using cmd_test::TempDir;
using cmd_test::write_file;

TEST_CASE("fingerprint: same source, rule, GPU, field and value match whatever the spacing; anything else differs") {
  auto a = audit::fingerprint("src", "catalog-value-mismatch", "nvidia-l4", "tdp", "75 W");
  CHECK(a.size() == 16);
  CHECK(a == audit::fingerprint("src", "catalog-value-mismatch", "nvidia-l4", "tdp", " 75   w "));
  CHECK(a != audit::fingerprint("src2", "catalog-value-mismatch", "nvidia-l4", "tdp", "75 W"));
  CHECK(a != audit::fingerprint("src", "catalog-value-mismatch", "nvidia-l4", "tdp", "76 W"));
  CHECK(a != audit::fingerprint("src", "catalog-value-mismatch", "nvidia-l40", "tdp", "75 W"));
  CHECK(audit::fingerprint("ab", "c", "", "", "") != audit::fingerprint("a", "bc", "", "", ""));
}

TEST_CASE("sources: the bundled folder reads; bad entries are errors at path:line:col; URL lists skip comments") {
  auto bundled = audit::load_sources(std::string(FACTCHECK_SOURCE_DIR) + "/datasets/sources");
  CHECK(bundled.errors.empty());
  CHECK(bundled.sources.size() == 7);
  CHECK(audit::with_tag(bundled.sources, "nvidia").size() == 2);
  TempDir dir;
  write_file(dir / "bad.json", "{\"sources\": [\n  {\"id\": \"a\", \"url\": \"x.html\", \"kind\": \"blog\"},\n"
                               "  {\"id\": \"b\", \"url\": \"y.html\", \"kind\": \"vendor\", \"selectors\": [\"//table[\"]},\n"
                               "  {\"id\": \"c\", \"url\": \"z.html\", \"kind\": \"article\", \"colour\": 1}\n]}\n");
  auto bad = audit::load_sources((dir / "bad.json").string());
  REQUIRE(bad.errors.size() == 3);
  CHECK(bad.errors[0].format().find("bad.json:2:") != std::string::npos);
  CHECK(bad.errors[1].message.find("XPath") != std::string::npos);
  CHECK(bad.errors[2].message.find("colour") != std::string::npos);
  write_file(dir / "urls.txt", "# comment\n\nhttp://127.0.0.1:9/a.md\n  pages/b.html  \n");
  auto list = audit::load_sources((dir / "urls.txt").string());
  REQUIRE(list.sources.size() == 2);
  CHECK(list.sources[0].location == "http://127.0.0.1:9/a.md");
  CHECK(list.sources[1].location == (dir / "pages/b.html").string());
}

TEST_CASE("waivers: active through the expiry day, expired after it") {
  TempDir dir;
  write_file(dir / "w.json", R"({"waivers":[{"fingerprint":"f1","reason":"r","author":"a","expires":"2026-01-31"},
    {"fingerprint":"f2","reason":"r","author":"a","expires":"31/01/2026"}]})");
  auto w = audit::load_waivers((dir / "w.json").string());
  REQUIRE(w.errors.size() == 1);
  CHECK(w.errors[0].message.find("YYYY-MM-DD") != std::string::npos);
  CHECK(audit::waiver_state(w, "f1", "2026-01-31") == audit::WaiverState::active);
  CHECK(audit::waiver_state(w, "f1", "2026-02-01") == audit::WaiverState::expired);
  CHECK(audit::waiver_state(w, "f3", "2026-01-01") == audit::WaiverState::none);
  CHECK(audit::load_waivers((dir / "missing.json").string()).waivers.empty());
}

TEST_CASE("history: a fresh file gets the latest schema in WAL mode; a newer schema is refused") {
  TempDir dir;
  std::string path = (dir / "h.sqlite").string();
  {
    auto store = audit::HistoryStore::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schema_version() == audit::HistoryStore::latest_schema_version());
    auto run = (*store)->begin_run("2026-01-01T00:00:00Z");
    REQUIRE(run.ok());
    CHECK_FALSE((*store)->previous_complete_run(*run).has_value());
  }
  CHECK(std::filesystem::exists(path));
  {
    auto again = audit::HistoryStore::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->runs(10).at(0).status == "running");  // opening to read aborts nothing
    auto aborted = (*again)->abort_unfinished_runs();
    REQUIRE(aborted.ok());
    CHECK(*aborted == 1);  // the run above never finished
    CHECK((*again)->runs(10).at(0).status == "aborted");
  }
}

TEST_CASE("report filters: one hiding rule per value, axes combine, values escaped as CSS strings") {
  std::vector<audit::FilterAxis> axes = {{"gpu", "GPU", {{"nvidia-l4", "NVIDIA L4 (2)"}, {"a\"b{}", "odd"}}},
                                         {"kind", "Source kind", {{"vendor", "vendor (4 sources)"}}}};
  const std::string css = audit::filter_css(axes);
  CHECK(css.find("body:has(#filter-gpu option[value=\"nvidia-l4\"]:checked) tr[data-gpu]:not([data-gpu=\"nvidia-l4\"])"
                 "{display:none}") != std::string::npos);
  CHECK(css.find("#filter-kind option[value=\"vendor\"]:checked") != std::string::npos);
  // A quote or brace in a value cannot end the string, the selector or the rule.
  CHECK(css.find("a\\22 b\\7b \\7d ") != std::string::npos);
  CHECK(css.find("a\"b") == std::string::npos);
  const std::string controls = audit::filter_controls(axes);
  CHECK(controls.find("<select id=\"filter-gpu\"><option value=\"\" selected>all</option>") != std::string::npos);
  CHECK(controls.find("<option value=\"nvidia-l4\">NVIDIA L4 (2)</option>") != std::string::npos);
  CHECK(controls.find("value=\"a&quot;b{}\"") != std::string::npos);
  CHECK(controls.find("<button type=\"reset\">") != std::string::npos);
  CHECK(audit::css_string("Ab-_9 ") == "Ab-_9\\20 ");
}
