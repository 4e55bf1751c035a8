// Unit tests of audit/: fingerprints, sources files, waivers, the history schema and its batched writes.
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
  CHECK(bundled.sources.size() == 35);  // 8 pages (a datasheet PDF among them), articles and the database; 27 measured records
  CHECK(audit::with_tag(bundled.sources, "measured").size() == 27);
  CHECK(audit::with_tag(bundled.sources, "nvidia").size() == 3);
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

namespace {

audit::SourceRecord recorded_source(int i) {
  audit::SourceRecord r;
  r.id = "source-" + std::to_string(i);
  r.location = "http://127.0.0.1/" + r.id + ".md";
  r.kind = "article";
  r.status = "ok";
  r.claims.push_back({"nvidia-l4", "tdp", "75 W", 4, 17});
  audit::FindingRow f;
  f.fingerprint = "fp-" + std::to_string(i);
  f.source_id = r.id;
  f.rule = "catalog-value-mismatch";
  f.severity = "error";
  r.findings.push_back(f);
  return r;
}

}  // namespace

TEST_CASE("history: sources commit in batches; a batch never committed leaves nothing, a finished run keeps every source") {
  TempDir dir;
  std::string path = (dir / "h.sqlite").string();
  // Batches of four and no deadline: ten sources are two batches and two left open.
  audit::BatchLimits limits{4, std::chrono::hours(1)};
  {
    auto store = audit::HistoryStore::open(path, limits);
    REQUIRE(store.ok());
    auto run = (*store)->begin_run("2026-01-01T00:00:00Z");
    REQUIRE(run.ok());
    for (int i = 0; i < 10; ++i) REQUIRE_FALSE((*store)->record_source(*run, recorded_source(i)).has_value());
    CHECK((*store)->fetches(*run).size() == 10);  // this connection sees its open batch
  }  // gone without finishing, as a killed audit is
  auto store = audit::HistoryStore::open(path, limits);
  REQUIRE(store.ok());
  CHECK((*store)->fetches(1).size() == 8);
  CHECK((*store)->claims(1).size() == 8);
  int findings = 0;
  (*store)->each_finding(1, "", [&](const audit::FindingRow&) { return ++findings, true; });
  CHECK(findings == 8);
  auto aborted = (*store)->abort_unfinished_runs();
  REQUIRE(aborted.ok());
  CHECK(*aborted == 1);
  auto run = (*store)->begin_run("2026-01-02T00:00:00Z");
  REQUIRE(run.ok());
  for (int i = 0; i < 10; ++i) REQUIRE_FALSE((*store)->record_source(*run, recorded_source(i)).has_value());
  audit::RunRow totals;
  totals.finished_at = "2026-01-02T00:01:00Z";
  REQUIRE_FALSE((*store)->finish_run(*run, 0, {}, [&](const audit::RunTally&) { return totals; }).has_value());  // commits the open batch with the run
  CHECK((*store)->run(*run)->status == "complete");
  CHECK((*store)->fetches(*run).size() == 10);
  CHECK((*store)->previous_complete_run(0) == *run);
}
