// Tests reports/render: format names and dispatch to the right renderer with the right options.
#include <catch2/catch.hpp>

#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/markdown_report.h"
#include "reports/render.h"
#include "reports/sarif_report.h"
#include "reports/text_report.h"
#include "sample_reports.h"

TEST_CASE("format names parse and print") {
  reports::Format f{};
  for (const char* name : {"text", "json", "sarif", "markdown", "html", "github", "junit"}) {
    INFO(name);
    REQUIRE(reports::parse_format(name, f));
    CHECK(std::string(reports::to_string(f)) == name);
  }
  REQUIRE(reports::parse_format("md", f));
  CHECK(f == reports::Format::markdown);
  CHECK_FALSE(reports::parse_format("xml", f));
  CHECK_FALSE(reports::parse_format("JSON", f));
}

TEST_CASE("render hands each format its options") {
  const auto files = sample::reports();
  const auto rules = sample::rules();
  reports::RenderOptions options;
  options.color = true;
  options.tool_version = "2.0";
  options.information_uri = "https://example.com/factcheck";
  options.base_directory = "/checkout";

  reports::TextOptions text;
  text.color = true;
  CHECK(reports::render(reports::Format::text, files, rules, options) == reports::render_text(files, text));
  reports::JsonOptions json;
  json.tool_version = "2.0";
  CHECK(reports::render(reports::Format::json, files, rules, options) == reports::render_json(files, json));
  reports::SarifOptions sarif;
  sarif.tool_version = "2.0";
  sarif.information_uri = "https://example.com/factcheck";
  sarif.base_directory = "/checkout";
  CHECK(reports::render(reports::Format::sarif, files, rules, options) == reports::render_sarif(files, rules, sarif));
  CHECK(reports::render(reports::Format::markdown, files, rules, options) == reports::render_markdown(files));
  reports::HtmlOptions html;
  html.tool_version = "2.0";
  CHECK(reports::render(reports::Format::html, files, rules, options) == reports::render_html(files, html));
}
