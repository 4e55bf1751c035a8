// Tests reports/html_report: a standalone, escaped page with every claim marked by verdict and one card per claim.
#include <catch2/catch.hpp>

#include "reports/csp_hash.h"
#include "reports/html_report.h"
#include "reports/html_script.h"
#include "sample_reports.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the page is standalone: one script of its own allowed by hash, no external assets, a strict CSP") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(count(out, "<script") == 1);
  CHECK(contains(out, std::string("<script>") + reports::kHtmlScript + "</script>"));
  // The policy names that script's hash and nothing else: no 'unsafe-inline', no host.
  CHECK(contains(out, "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src " +
                          reports::csp_script_hash(reports::kHtmlScript) + "; img-src 'none';"));
  CHECK(count(out, "'unsafe-inline'") == 1);
  CHECK_FALSE(contains(out, "<link"));
  CHECK_FALSE(contains(out, "src="));
  CHECK_FALSE(contains(out, "url("));
  CHECK(contains(out, "@media (prefers-color-scheme:dark)"));
  CHECK(contains(out, "@media print"));
}

TEST_CASE("every claim is one mark with verdict, field, GPU and an id") {
  const auto files = sample::reports();
  const std::string out = reports::render_html(files);
  CHECK(count(out, "data-claim=\"\"") == files[0].claims.size());
  CHECK(contains(out, "ships with <mark class=\"claim v-refuted\" id=\"m1-1\" data-verdict=\"refuted\" "
                      "data-field=\"memory_size\" data-gpu=\"nvidia-l4\" data-claim=\"\" title=\"Refuted: NVIDIA L4 "
                      "has 24 GB of memory, not 16 GB\">16 GB<a class=\"tag\" href=\"#f1-1\">"));
  CHECK(contains(out, "data-verdict=\"supported\" data-field=\"memory_size\" data-gpu=\"nvidia-h100-pcie\""));
  CHECK(contains(out, "title=\"Supported: checked and confirmed (memory size, NVIDIA H100 PCIe)\""));
  // The derived finding's span holds the refuted one: the marks nest, each one element.
  CHECK(contains(out, "data-verdict=\"inconsistent\" data-field=\"memory_bandwidth\""));
  CHECK(contains(out, "384-bit bus and <mark class=\"claim v-refuted\""));
  // Rendered from the document model: a heading, paragraphs, no source line numbers.
  CHECK(contains(out, "<h3 class=\"a-h1\">GPUs for local inference — a quick guide</h3>"));
  CHECK_FALSE(contains(out, "class=\"ln\""));
}

TEST_CASE("one card per claim: the strongest finding leads, the others sit inside") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(count(out, "<li class=\"card ") == 6);  // 7 findings, two on one span
  CHECK(contains(out, "Also found on this claim"));
  CHECK(contains(out, "the article gives the NVIDIA L4 two TDPs"));
  CHECK(contains(out, "<span class=\"rule\">consistency-conflicting-values</span>"));
}

TEST_CASE("cards speak to people: names, labels, evidence by GPU and source") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<span class=\"what\">NVIDIA L4 · memory size</span>"));
  CHECK(contains(out, "<dt>Expected</dt><dd><strong>24 GB</strong></dd>"));
  CHECK(contains(out, "<tr><td data-label=\"Source\">vendor datasheet</td><td data-label=\"GPU\">NVIDIA L4</td>"
                      "<td data-label=\"Value\">24 GB</td><td data-label=\"Document\"><a "
                      "href=\"https://www.nvidia.com/en-us/data-center/l4/\" rel=\"noopener noreferrer\">NVIDIA "
                      "datasheet</a></td><td data-label=\"Note\"></td></tr>"));
  CHECK(contains(out, "<td data-label=\"Source\">device measurement</td><td data-label=\"GPU\">NVIDIA L4</td>"
                      "<td data-label=\"Value\">23034 MiB</td><td data-label=\"Document\">nvidia-smi -q -x "
                      "<span class=\"muted\">(capture l4.xml)</span></td><td data-label=\"Note\">driver 550.54.15, "
                      "2024-03-01</td>"));
  CHECK_FALSE(contains(out, "datasets/measured"));
  CHECK(contains(out, "<dd class=\"suggestion\">change to <code>24 GB</code></dd>"));
  CHECK(contains(out, "<dt>Formula</dt><dd>bandwidth = bus width × data rate per pin ÷ 8, on the article's own numbers"));
  CHECK(contains(out, "(see also line 3: also says 72 W)"));
  CHECK(contains(out, "https://www.nvidia.com/en-us/data-center/h100/?a=1&amp;b=2"));
  CHECK(contains(out, "<blockquote class=\"quote\">The NVIDIA L4 ships with <mark>16 GB</mark> of GDDR6"));
}

TEST_CASE("the overview counts claims by verdict, findings by severity, and names the GPUs") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<strong>2 claims checked and confirmed</strong> of 8 claims found in the article."));
  CHECK(contains(out, "<li><span class=\"count\">3</span><a href=\"#f1-1\">errors</a></li>"));
  CHECK(contains(out, "<a href=\"#m1-1\">NVIDIA L4</a> <span class=\"muted\">3 claims</span>"));
}

TEST_CASE("cards link to their neighbours and marks link to cards") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<a href=\"#f1-2\" rel=\"next\">next finding →</a>"));
  CHECK(contains(out, "<a href=\"#f1-1\" rel=\"prev\">← previous finding</a>"));
  CHECK(contains(out, "<a class=\"where\" href=\"#m1-1\">line 3</a>"));
  CHECK(contains(out, "<a class=\"skip\" href=\"#f1-1\" accesskey=\"f\">"));
  // Cards take focus from the keyboard script (j/k, n/p); the header says the keys.
  CHECK(contains(out, "id=\"f1-1\" tabindex=\"-1\">"));
  CHECK(contains(out, "<kbd>j</kbd> or <kbd>n</kbd> next finding"));
}

TEST_CASE("a page without findings ships no script and names no keys") {
  auto files = sample::reports();
  for (auto& f : files) f.findings.clear();
  const std::string out = reports::render_html(files);
  CHECK_FALSE(contains(out, "<script"));
  CHECK_FALSE(contains(out, "<kbd>"));
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
  core::FileReport file{"<b>.md", source, "<i>", {f}, {}, {}, {}, {}};
  file.gpu_names = {{"x", "<svg onload=alert(1)>"}};
  file.claims = {{{29, 34}, "value", "memory_size\" onclick=\"x", "x", "16 GB", true}};
  const std::string evil = reports::render_html({file});
  CHECK_FALSE(contains(evil, "<img"));
  CHECK(count(evil, "<script") == 1);  // the report's own keyboard script, nothing from the finding
  CHECK_FALSE(contains(evil, "alert(1)</script>"));
  CHECK_FALSE(contains(evil, "<svg"));
  CHECK_FALSE(contains(evil, "<b>"));
  CHECK_FALSE(contains(evil, "href=\"javascript"));
  CHECK_FALSE(contains(evil, "\" onclick=\""));
}

TEST_CASE("input errors and clean files are said plainly") {
  const std::string out = reports::render_html(sample::reports());
  CHECK(contains(out, "<p class=\"input-error\">tests/fixtures/reports/missing.md: error: cannot open file"));
  CHECK(contains(out, "<p class=\"clean\">No findings.</p>"));
}
