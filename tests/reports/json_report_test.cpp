// Tests reports/json_report: the document shape and the keys score.py relies on.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "reports/json_report.h"
#include "sample_reports.h"

TEST_CASE("every finding carries the evaluation contract keys") {
  const auto doc = nlohmann::json::parse(reports::render_json(sample::reports()));
  CHECK(doc["version"] == 1);
  REQUIRE(doc["files"].size() == 3);
  const auto& findings = doc["files"][0]["findings"];
  REQUIRE(findings.size() == 7);
  for (const auto& f : findings) {
    for (const char* key : {"rule", "severity", "verdict", "line", "column", "end_line", "end_column", "gpu",
                            "field", "claimed", "expected", "message", "suggestion", "evidence", "related"}) {
      INFO(key);
      CHECK(f.contains(key));
    }
    CHECK(f["gpu"].is_string());
    CHECK(f["line"].is_number_integer());
  }
  CHECK(findings[0]["rule"] == "catalog-value-mismatch");
  CHECK(findings[0]["line"] == 3);
  CHECK(findings[0]["column"] == 26);
  CHECK(findings[0]["end_column"] == 31);
  CHECK(findings[0]["evidence"][1]["capture"] == "datasets/measured/l4.xml");
  CHECK(findings[4]["related"][0]["line"] == 3);
  CHECK(findings[6]["gpu"] == "");
  CHECK(findings[6]["verdict"] == "unverifiable");
}

TEST_CASE("input errors and summary are reported") {
  const auto doc = nlohmann::json::parse(reports::render_json(sample::reports()));
  CHECK(doc["files"][1]["errors"][0]["code"] == "io");
  CHECK(doc["files"][1]["findings"].empty());
  CHECK(doc["summary"]["errors"] == 4);
  CHECK(doc["summary"]["input_errors"] == 1);
  CHECK_FALSE(doc.contains("tool"));
  reports::JsonOptions options;
  options.tool_version = "1.0";
  CHECK(nlohmann::json::parse(reports::render_json(sample::reports(), options))["tool"]["version"] == "1.0");
}

TEST_CASE("bytes that are not UTF-8 do not break the document") {
  core::Finding f;
  f.message = "bad \xFF byte";
  core::FileReport file{"x", nullptr, "", {f}, {}, {}, {}, {}};
  const auto doc = nlohmann::json::parse(reports::render_json({file}));
  CHECK(doc["files"][0]["findings"][0]["message"] == "bad \xEF\xBF\xBD byte");
}
