// Tests reports/markdown_report: table rows, escaping, suggestion blocks.
#include <catch2/catch.hpp>

#include "reports/markdown_report.h"
#include "sample_reports.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a heading per file with problems and a row per finding") {
  const std::string out = reports::render_markdown(sample::reports());
  CHECK(out.rfind("## factcheck: 3 errors, 2 warnings, 1 info, 1 input error in 2 files (3 checked)\n", 0) == 0);
  CHECK(contains(out, "### `tests/fixtures/reports/article.md` — GPUs for local inference\n"));
  CHECK(contains(out, "| 3 | **error** | `16 GB` | `24 GB` | vendor: [NVIDIA datasheet]"
                      "(<https://www.nvidia.com/en-us/data-center/l4/>)<br>measured: `datasets/measured/l4.xml`, "
                      "driver 550.54.15, 2024-03-01 | NVIDIA L4 has 24 GB of memory, not 16 GB "
                      "`catalog-value-mismatch` |\n"));
  CHECK(contains(out, "> **Could not check:** tests/fixtures/reports/missing.md: error: cannot open file"));
  CHECK(contains(out, "1 other file had no findings.\n"));
  CHECK_FALSE(contains(out, "clean.txt"));
}

TEST_CASE("suggestions carry the corrected line") {
  const std::string out = reports::render_markdown(sample::reports());
  CHECK(contains(out, "Line 3: replace `16 GB` with `24 GB`\n\n```suggestion\n"
                      "The NVIDIA L4 ships with 24 GB of GDDR6 and draws 72 W.\n```\n"));
  reports::MarkdownOptions plain;
  plain.suggestion_blocks = false;
  const std::string text = reports::render_markdown(sample::reports(), plain);
  CHECK(contains(text, "Line 3: replace `16 GB` with `24 GB`\n"));
  CHECK_FALSE(contains(text, "```suggestion"));
}

TEST_CASE("article text cannot break the table or inject HTML") {
  auto source = std::make_shared<core::Source>("a|b.md", "x `16|GB` y\n");
  core::Finding f;
  f.span = {3, 8};
  f.claimed = "16|GB";
  f.message = "bad <script>alert(1)</script> | *claim*\nsecond line";
  f.evidence = {{"", "", "", "", "vendor", "", "javascript:alert(1)", "", ""}};
  f.suggestion = "24 GB";
  core::FileReport file{"a|b.md", source, "", {f}, {}};
  const std::string out = reports::render_markdown({file});
  CHECK(contains(out, "| `16\\|GB` |"));
  CHECK(contains(out, "bad \\<script\\>alert(1)\\</script\\> \\| \\*claim\\* second line"));
  CHECK_FALSE(contains(out, "](<javascript"));
  CHECK(contains(out, "```suggestion\nx `24 GB` y\n```\n"));
}

TEST_CASE("a line holding a code fence gets a longer suggestion fence") {
  auto source = std::make_shared<core::Source>("a.md", "a ``` 16 GB\n");
  core::Finding f;
  f.span = {6, 11};
  f.claimed = "16 GB";
  f.suggestion = "24 GB";
  core::FileReport file{"a.md", source, "", {f}, {}};
  CHECK(contains(reports::render_markdown({file}), "\n````suggestion\na ``` 24 GB\n````\n"));
}

TEST_CASE("no findings at all says so") {
  core::FileReport clean{"a.md", nullptr, "", {}, {}};
  CHECK(reports::render_markdown({clean}) == "## factcheck: no findings in 1 file\n");
}
