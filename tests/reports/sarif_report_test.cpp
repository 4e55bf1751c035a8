// Tests reports/sarif_report: run shape, rules, results, fixes, notifications.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "reports/sarif_report.h"
#include "sample_reports.h"

namespace {
nlohmann::json render(const reports::SarifOptions& options = {}) {
  return nlohmann::json::parse(reports::render_sarif(sample::reports(), sample::rules(), options));
}
}  // namespace

TEST_CASE("one run with the driver, its rules and code-point columns") {
  reports::SarifOptions options;
  options.tool_version = "1.2.3";
  options.information_uri = "https://example.com/factcheck";
  const auto doc = render(options);
  CHECK(doc["version"] == "2.1.0");
  REQUIRE(doc["runs"].size() == 1);
  const auto& run = doc["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["name"] == "factcheck");
  CHECK(run["tool"]["driver"]["version"] == "1.2.3");
  CHECK(run["tool"]["driver"]["informationUri"] == "https://example.com/factcheck");
  const auto& rule = run["tool"]["driver"]["rules"][2];
  CHECK(rule["id"] == "catalog-unknown-gpu");
  CHECK(rule["defaultConfiguration"]["level"] == "note");
  CHECK(rule["help"]["text"] == "Reported as unverifiable rather than guessed.");
}

TEST_CASE("results point at rules by index and at the claim's region") {
  const auto run = render()["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(run["results"].size() == 7);
  for (const auto& result : run["results"]) {
    CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
  }
  const auto& first = run["results"][0];
  CHECK(first["level"] == "error");
  CHECK(first["message"]["text"] == "NVIDIA L4 has 24 GB of memory, not 16 GB.");
  const auto& loc = first["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "tests/fixtures/reports/article.md");
  CHECK(loc["region"]["startLine"] == 3);
  CHECK(loc["region"]["startColumn"] == 26);
  CHECK(loc["region"]["endColumn"] == 31);
  CHECK(loc["region"]["snippet"]["text"] == "16 GB");
  CHECK(first["properties"]["expected"] == "24 GB");
  CHECK(first["properties"]["evidence"][1]["sourceKind"] == "measured");
  CHECK(run["results"][6]["level"] == "note");
}

TEST_CASE("the suggestion is a fix replacing the claim's region") {
  const auto doc = render();
  const auto& fix = doc["runs"][0]["results"][0]["fixes"][0];
  const auto& replacement = fix["artifactChanges"][0]["replacements"][0];
  CHECK(replacement["deletedRegion"]["startColumn"] == 26);
  CHECK(replacement["deletedRegion"]["endColumn"] == 31);
  CHECK(replacement["insertedContent"]["text"] == "24 GB");
  CHECK_FALSE(doc["runs"][0]["results"][1].contains("fixes"));  // no suggestion, no fix
}

TEST_CASE("related locations and input errors are carried") {
  const auto run = render()["runs"][0];
  const auto& related = run["results"][4]["relatedLocations"][0];
  CHECK(related["physicalLocation"]["region"]["startLine"] == 3);
  CHECK(related["message"]["text"] == "also says 72 W");
  const auto& invocation = run["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] ==
        "cannot open file: No such file or directory.");
}

TEST_CASE("a base directory makes URIs relative to SRCROOT") {
  reports::SarifOptions options;
  options.base_directory = "/checkout";
  const auto run = render(options)["runs"][0];
  CHECK(run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///checkout/");
  CHECK(run["artifacts"][0]["location"]["uriBaseId"] == "SRCROOT");
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 0);
}

TEST_CASE("a rule missing from the metadata gets a descriptor") {
  core::Finding f;
  f.rule = "ratio-mismatch";
  f.message = "x";
  core::FileReport file{"a.md", nullptr, "", {f}, {}, {}, {}, {}};
  const auto doc = nlohmann::json::parse(reports::render_sarif({file}, {}));
  const auto& run = doc["runs"][0];
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "ratio-mismatch");
  CHECK(run["results"][0]["ruleIndex"] == 0);
  CHECK_FALSE(run["results"][0]["locations"][0]["physicalLocation"].contains("region"));
}
