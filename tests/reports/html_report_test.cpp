// Tests reports/html_report: a standalone, escaped page with claims marked and findings explained.
#include <catch2/catch.hpp>

#include "reports/html_report.h"
#include "sample_reports.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the page is standalone: no scripts, no external assets") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_FALSE(contains(out, "<script"));
  CHECK_FALSE(contains(out, "<link"));
  CHECK_FALSE(contains(out, "src="));
  CHECK(contains(out, "Content-Security-Policy"));
}

TEST_CASE("claims are marked in place and linked to their cards") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "ships with <span id=\"claim-f1-1\"></span><mark class=\"error\" title=\"error: NVIDIA L4 has 24 "
                      "GB of memory, not 16 GB\"><a href=\"#f1-1\">16 GB</a></mark> of GDDR6"));
  CHECK(contains(out, "<li class=\"finding error\" id=\"f1-1\">"));
  // "1.2 TB/s" is covered by a warning and an error: marked once, in the error's colour.
  CHECK(contains(out, "<mark class=\"error overlap\""));
  CHECK(count(out, "<li class=\"finding ") == 6);
}

TEST_CASE("findings show expected value, provenance, suggestion and related lines") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<dt>Expected</dt><dd><strong>24 GB</strong></dd>"));
  CHECK(contains(out, "<a href=\"https://www.nvidia.com/en-us/data-center/l4/\" rel=\"noopener noreferrer\">NVIDIA datasheet</a>"));
  CHECK(contains(out, "capture <code>datasets/measured/l4.xml</code>"));
  CHECK(contains(out, "driver 550.54.15, 2024-03-01"));
  CHECK(contains(out, "<dd class=\"suggestion\"><code>24 GB</code></dd>"));
  CHECK(contains(out, "See also <a href=\"#f1-L3\">line 3</a>: also says 72 W"));
  CHECK(contains(out, "https://www.nvidia.com/en-us/data-center/h100/?a=1&amp;b=2"));
}

TEST_CASE("article and finding text are escaped everywhere") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "&lt;of&gt; &quot;memory&quot; &amp; more."));
  CHECK(contains(out, "&lt;check which one is meant&gt;"));
  CHECK_FALSE(contains(out, "<of>"));
  CHECK_FALSE(contains(out, "<check"));

  auto source = std::make_shared<core::Source>("x.md", "<img src=x onerror=alert(1)> 16 GB\n");
  core::Finding f;
  f.span = {29, 34};
  f.message = "<script>alert(1)</script>";
  f.evidence = {{"", "", "", "", "vendor", "t", "javascript:alert(1)", "", ""}};
  const std::string evil = reports::render_html({core::FileReport{"<b>.md", source, "<i>", {f}, {}}});
  CHECK_FALSE(contains(evil, "<img"));
  CHECK_FALSE(contains(evil, "<script"));
  CHECK_FALSE(contains(evil, "<b>"));
  CHECK_FALSE(contains(evil, "href=\"javascript"));
}

TEST_CASE("input errors and clean files are said plainly") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<p class=\"input-error\">tests/fixtures/reports/missing.md: error: cannot open file"));
  CHECK(contains(out, "<p class=\"clean\">No findings.</p>"));
}
