// End-to-end tests of `factcheck [options] FILE...`: exit codes, stdin, JSON/SARIF, -o, suppression, --list-rules, --explain.
#include <nlohmann/json.hpp>

#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::run;
using cmd_test::TempDir;
using nlohmann::json;

TEST_CASE("a clean article exits 0", "[cli]") {
  auto r = check({fixture("clean.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.out, "no findings"));
}

TEST_CASE("an error finding exits 1 and is printed path:line:col with its rule", "[cli]") {
  auto r = check({"--no-color", fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.out, "wrong.md:3:12: error: "));
  CHECK(contains(r.out, "[catalog-value-mismatch]"));
  CHECK(contains(r.out, "24 GB"));
}

TEST_CASE("--fail-on sets the threshold", "[cli]") {
  // warning.md gives one warning (conflicting values) and infos (the catalog has no L2 figure).
  auto plain = check({fixture("warning.md")});
  FACTCHECK_INFO(plain);
  CHECK(plain.rc == 0);
  CHECK(contains(plain.out, "[consistency-conflicting-values]"));
  auto warning = check({"--fail-on", "warning", fixture("warning.md")});
  CHECK(warning.rc == 1);
  auto info = check({"--fail-on", "info", fixture("clean.md")});
  CHECK(info.rc == 0);
  auto bad = check({"--fail-on", "sometimes", fixture("clean.md")});
  CHECK(bad.rc == 2);
  CHECK(contains(bad.err, "sometimes"));
}

TEST_CASE("a missing file exits 2 while the other files are still checked", "[cli]") {
  TempDir dir;
  const std::string missing = (dir / "missing.md").string();
  auto r = check({"--no-color", missing, fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.out + r.err, "missing.md"));
  CHECK(contains(r.out, "wrong.md:3:12: error: "));
  // Same in JSON: the finding is there, the input error goes to stderr too.
  auto j = check({"--format", "json", missing, fixture("wrong.md")});
  CHECK(j.rc == 2);
  CHECK(contains(j.err, "missing.md"));
  auto doc = json::parse(j.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][1]["findings"].size() == 1);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  auto format = check({"--format", "yaml", fixture("clean.md")});
  FACTCHECK_INFO(format);
  CHECK(format.rc == 2);
  CHECK(contains(format.err, "yaml"));
  CHECK(check({"--no-such-flag", fixture("clean.md")}).rc == 2);
  CHECK(check({}).rc == 2);  // no input files
  CHECK(check({"--explain", "no-such-rule"}).rc == 2);
}

TEST_CASE("a missing or broken catalog exits 3", "[cli]") {
  TempDir dir;
  auto missing = run({"--no-bundled-catalog", "--catalog", (dir / "nowhere").string(), fixture("clean.md")});
  FACTCHECK_INFO(missing);
  CHECK(missing.rc == 3);
  CHECK(contains(missing.err, "nowhere"));

  cmd_test::write_file(dir / "broken/nvidia/nvidia-l4.json", "{\n  \"id\": \"nvidia-l4\",\n  \"name\": \n}\n");
  auto broken = run({"--no-bundled-catalog", "--catalog", (dir / "broken").string(), fixture("clean.md")});
  FACTCHECK_INFO(broken);
  CHECK(broken.rc == 3);
  CHECK(contains(broken.err, "nvidia-l4.json:"));
  // `factcheck claims` needs the catalog as much.
  CHECK(run({"claims", "--no-bundled-catalog", "--catalog", (dir / "nowhere").string(), fixture("clean.md")}).rc == 3);
}

TEST_CASE("stdin is read for '-'", "[cli]") {
  auto r = check({"--no-color", "-"}, cmd_test::read_file(fixture("wrong.md")));
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.out, "<stdin>:3:12: error: "));
  CHECK(check({"-"}, cmd_test::read_file(fixture("clean.md"))).rc == 0);
}

TEST_CASE("--format json: version 1 and every finding key", "[cli][json]") {
  auto r = check({"--format", "json", fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  auto doc = json::parse(r.out);
  CHECK(doc["version"] == 1);
  REQUIRE(doc["files"].size() == 1);
  CHECK(contains(doc["files"][0]["path"].get<std::string>(), "wrong.md"));
  const auto& findings = doc["files"][0]["findings"];
  REQUIRE(findings.size() == 1);
  const auto& f = findings[0];
  for (const char* key : {"rule", "severity", "verdict", "line", "column", "gpu", "field", "claimed", "expected",
                          "message", "suggestion", "evidence"}) {
    INFO("key " << key);
    CHECK(f.contains(key));
  }
  CHECK(f["rule"] == "catalog-value-mismatch");
  CHECK(f["severity"] == "error");
  CHECK(f["verdict"] == "refuted");
  CHECK(f["line"] == 3);
  CHECK(f["column"] == 12);
  CHECK(f["gpu"] == "nvidia-l4");
  CHECK(f["field"] == "memory_size");
  CHECK(f["claimed"] == "48 GB");
  CHECK(f["expected"] == "24 GB");
  REQUIRE(f["evidence"].is_array());
  REQUIRE_FALSE(f["evidence"].empty());
  CHECK(f["evidence"][0]["source_kind"] == "vendor");
  CHECK(f["evidence"][0]["url"] == "https://www.nvidia.com/en-us/data-center/l4/");
}

TEST_CASE("--format sarif is SARIF 2.1.0 with the finding as a result", "[cli][sarif]") {
  auto r = check({"--format", "sarif", fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  auto doc = json::parse(r.out);
  CHECK(doc["version"] == "2.1.0");
  REQUIRE(doc["runs"].size() == 1);
  const auto& results = doc["runs"][0]["results"];
  REQUIRE(results.size() == 1);
  CHECK(results[0]["ruleId"] == "catalog-value-mismatch");
  CHECK(results[0]["level"] == "error");
}

TEST_CASE("-o writes the report to a file, replacing what was there", "[cli][output]") {
  TempDir dir;
  const auto out = dir / "report.json";
  cmd_test::write_file(out, std::string(100000, 'x'));  // longer than the report: no stale tail may remain
  auto r = check({"--format", "json", "-o", out.string(), fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(r.out.empty());
  auto doc = json::parse(cmd_test::read_file(out));
  CHECK(doc["files"][0]["findings"].size() == 1);
  // Only the report is left in the directory: no temporary file beside it.
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a failed -o write exits 2 and leaves no partial file", "[cli][output]") {
  TempDir dir;
  // The target is a directory: the rename must fail and the temporary file must go.
  std::filesystem::create_directory(dir / "taken");
  auto r = check({"-o", (dir / "taken").string(), fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, "taken"));
  CHECK(std::filesystem::is_directory(dir / "taken"));
  CHECK(std::filesystem::is_empty(dir / "taken"));
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 1);
  // A directory that does not exist.
  auto nowhere = check({"-o", (dir / "no/such/dir/report.txt").string(), fixture("wrong.md")});
  CHECK(nowhere.rc == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "no"));
}

TEST_CASE("suppression comments silence findings in their range only", "[cli][suppression]") {
  auto r = check({"--format", "json", fixture("suppressed.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  auto doc = json::parse(r.out);
  std::vector<int> lines;
  for (const auto& f : doc["files"][0]["findings"]) lines.push_back(f["line"].get<int>());
  // Line 4 is inside disable/enable, the 900 GB/s on line 10 follows disable-next-line;
  // line 7 (after enable) and line 12 (past the next line) are reported.
  CHECK(lines == std::vector<int>{7, 12});
}

TEST_CASE("a suppression comment naming an unknown rule is a loud input error", "[cli][suppression]") {
  auto r = check({"--no-color", fixture("bad_suppression.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.out + r.err, "bad_suppression.md:3:1"));
  CHECK(contains(r.out + r.err, "no-such-rule"));
}

TEST_CASE("--list-rules and --explain come from the registry", "[cli][rules]") {
  auto list = run({"--list-rules"});
  FACTCHECK_INFO(list);
  CHECK(list.rc == 0);
  for (const char* id : {"catalog-value-mismatch", "catalog-unverifiable", "consistency-conflicting-values",
                         "derived-bandwidth-formula", "comparison-direction", "ratio-mismatch",
                         "arithmetic-wrong-result", "feasibility-model-does-not-fit"}) {
    INFO("rule " << id);
    CHECK(contains(list.out, id));
  }
  auto explain = run({"--explain", "catalog-value-mismatch"});
  FACTCHECK_INFO(explain);
  CHECK(explain.rc == 0);
  CHECK(explain.out.rfind("catalog-value-mismatch (catalog, default severity error)", 0) == 0);
  CHECK(contains(explain.out, "contradicts the catalog"));
}

TEST_CASE("every format keeps the exit code; several files add up", "[cli]") {
  for (const char* format : {"text", "json", "sarif", "markdown", "html"}) {
    INFO("format " << format);
    CHECK(check({"--format", format, fixture("clean.md")}).rc == 0);
    CHECK(check({"--format", format, fixture("wrong.md")}).rc == 1);
  }
  auto both = check({"--format", "json", fixture("clean.md"), fixture("wrong.md")});
  FACTCHECK_INFO(both);
  CHECK(both.rc == 1);
  auto doc = json::parse(both.out);
  REQUIRE(doc["files"].size() == 2);
  CHECK(doc["files"][0]["findings"].empty());
  CHECK(doc["files"][1]["findings"].size() == 1);
  CHECK(doc["summary"]["errors"] == 1);
}
