// Golden tests: every renderer's output on tests/reports/sample_reports against tests/golden/reports/.
#include <catch2/catch.hpp>

#include "golden.h"
#include "reports/file_table.h"
#include "reports/github_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/junit_report.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "reports/text_report.h"
#include "sample_reports.h"

namespace {
// A version string that only appears where the renderers print the tool version.
const std::string kVersion = "9.8.7-golden";
}  // namespace

TEST_CASE("golden: text") {
  golden::check("article.txt", golden::scrub(reports::render_text(sample::reports()), kVersion));
}

TEST_CASE("golden: text with colour") {
  reports::TextOptions options;
  options.color = true;
  golden::check("article.color.txt", golden::scrub(reports::render_text(sample::reports(), options), kVersion));
}

TEST_CASE("golden: json") {
  reports::JsonOptions options;
  options.tool_version = kVersion;
  golden::check("article.json", golden::scrub(reports::render_json(sample::reports(), options), kVersion));
}

TEST_CASE("golden: sarif") {
  reports::SarifOptions options;
  options.tool_version = kVersion;
  options.information_uri = "https://example.com/factcheck";
  options.base_directory = FACTCHECK_SOURCE_DIR;
  golden::check("article.sarif",
                golden::scrub(reports::render_sarif(sample::reports(), sample::rules(), options), kVersion));
}

TEST_CASE("golden: markdown") {
  golden::check("article.md", golden::scrub(reports::render_markdown(sample::reports()), kVersion));
}

TEST_CASE("golden: html") {
  reports::HtmlOptions options;
  options.tool_version = kVersion;
  golden::check("article.html", golden::scrub(reports::render_html(sample::reports(), options), kVersion));
}

TEST_CASE("golden: github workflow commands") {
  golden::check("article.github.txt", golden::scrub(reports::render_github(sample::reports()), kVersion));
}

TEST_CASE("golden: junit") {
  golden::check("article.junit.xml", golden::scrub(reports::render_junit(sample::reports()), kVersion));
}

TEST_CASE("golden: per-file table") {
  golden::check("article.table.txt", golden::scrub(reports::render_file_table(sample::reports()), kVersion));
}

TEST_CASE("golden: awkward inputs in every format") {
  const auto files = sample::edge_reports();
  reports::SarifOptions sarif;
  sarif.tool_version = kVersion;
  sarif.base_directory = FACTCHECK_SOURCE_DIR;
  golden::check("edge.txt", golden::scrub(reports::render_text(files), kVersion));
  golden::check("edge.json", golden::scrub(reports::render_json(files), kVersion));
  golden::check("edge.sarif", golden::scrub(reports::render_sarif(files, sample::rules(), sarif), kVersion));
  golden::check("edge.md", golden::scrub(reports::render_markdown(files), kVersion));
  golden::check("edge.github.txt", golden::scrub(reports::render_github(files), kVersion));
  golden::check("edge.junit.xml", golden::scrub(reports::render_junit(files), kVersion));
  golden::check("edge.html", golden::scrub(reports::render_html(files), kVersion));
}
