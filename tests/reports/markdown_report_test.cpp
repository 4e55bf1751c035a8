// Tests reports/markdown_report: table rows, escaping, suggestion blocks.
#include <catch2/catch.hpp>

#include "reports/markdown_report.h"
#include "sample_reports.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a heading per file with problems, a table per severity, a row per claim") {
  const std::string out = reports::render_markdown(sample::reports());
  CHECK(out.rfind("## factcheck: 3 errors, 2 warnings, 1 info, 1 input error in 2 files (3 checked)\n", 0) == 0);
  CHECK(contains(out, "### `tests/fixtures/reports/article.md` — GPUs for local inference\n"));
  CHECK(contains(out, "**2 claims checked and confirmed** of 8 claims found.\n"));
  CHECK(contains(out, "#### Errors (3)\n\n| Line | GPU | Field | Claimed | Expected | Source | Suggestion |\n"));
  CHECK(contains(out, "| 3 | NVIDIA L4 | memory size | `16 GB` | `24 GB` | vendor datasheet: [NVIDIA datasheet]"
                      "(<https://www.nvidia.com/en-us/data-center/l4/>) (+1) | `24 GB` |\n"));
  CHECK(contains(out, "#### Warnings (2)"));
  CHECK(contains(out, "#### Notes (1)"));
  CHECK(contains(out, "> **Could not check:** tests/fixtures/reports/missing.md: error: cannot open file"));
  CHECK(contains(out, "1 other file had no findings.\n"));
  CHECK_FALSE(contains(out, "clean.txt"));
  CHECK_FALSE(contains(out, "nvidia-l4"));  // names for people, not catalog ids
}

TEST_CASE("evidence folds into details, with the other rules on the same claim") {
  const std::string out = reports::render_markdown(sample::reports());
  CHECK(contains(out, "<details><summary>Evidence for these errors</summary>\n\n- **Line 3** · NVIDIA L4 · memory size: "
                      "NVIDIA L4 has 24 GB of memory, not 16 GB `catalog-value-mismatch`\n"
                      "  - vendor datasheet (NVIDIA L4): 24 GB, [NVIDIA datasheet](<https://www.nvidia.com/en-us/data-center/l4/>)\n"
                      "  - device measurement (NVIDIA L4): 23034 MiB, nvidia-smi -q -x, driver 550.54.15, 2024-03-01\n"));
  CHECK(contains(out, "  - also on this claim (error): the article gives the NVIDIA L4 two TDPs"));
  CHECK(contains(out, "\n</details>\n"));
}

TEST_CASE("suggestions carry the corrected line when it is short") {
  const std::string out = reports::render_markdown(sample::reports());
  CHECK(contains(out, "Line 3: replace `16 GB` with `24 GB`\n\n```suggestion\n"
                      "The NVIDIA L4 ships with 24 GB of GDDR6 and draws 72 W.\n```\n"));
  reports::MarkdownOptions plain;
  plain.suggestion_blocks = false;
  const std::string text = reports::render_markdown(sample::reports(), plain);
  CHECK(contains(text, "Line 3: in `The NVIDIA L4 ships with 16 GB of GDDR6 and draws 72 W.` write "
                       "`The NVIDIA L4 ships with 24 GB of GDDR6 and draws 72 W.`\n"));
  CHECK_FALSE(contains(text, "```suggestion"));
}

namespace {
// An article whose spec table is one 7,000-character line of HTML, with a wrong value in
// every row: the shape that made a 121 KB comment.
core::FileReport large_article(size_t rows) {
  std::string line = "<table>";
  for (size_t i = 0; i < rows; ++i) line += "<tr><td>Spec " + std::to_string(i) + " of the card</td><td>7680</td></tr>";
  line += "</table>";
  while (line.size() < 7000) line += " ";
  std::string bytes = "# Big table\n\n" + line + "\n";
  core::FileReport file;
  file.path = "big.md";
  file.source = std::make_shared<core::Source>("big.md", bytes);
  auto doc = std::make_shared<core::Document>();
  size_t at = 0;
  for (size_t i = 0; i < rows; ++i) {
    at = bytes.find("<td>7680</td>", at) + 4;
    core::Block cell;
    cell.kind = core::BlockKind::table_cell;
    cell.table = 0;
    cell.row = static_cast<int>(i);
    cell.column = 1;
    cell.append_mapped("7680", at);
    doc->blocks.push_back(cell);
    core::Finding f;
    f.rule = "catalog-value-mismatch";
    f.span = {at, at + 4};
    f.begin = file.source->position(at);
    f.gpu = "nvidia-l4";
    f.field = "cuda_cores";
    f.claimed = "7680";
    f.expected = "7424";
    f.suggestion = "7424";
    f.message = "CUDA cores of NVIDIA L4: 7424, not 7680";
    f.evidence = {{"nvidia-l4", "cuda_cores", "7424", "s", "vendor", "NVIDIA L4 datasheet",
                   "https://www.nvidia.com/en-us/data-center/l4/", "", ""}};
    file.findings.push_back(f);
  }
  file.document = doc;
  file.gpu_names = {{"nvidia-l4", "NVIDIA L4"}};
  return file;
}
}  // namespace

TEST_CASE("a long line gets the changed cell, not a suggestion block repeating it") {
  const std::string out = reports::render_markdown({large_article(14)});
  CHECK_FALSE(contains(out, "```suggestion"));
  CHECK(contains(out, "Line 3: in the table cell `7680` write `7424`\n"));
  CHECK(out.size() < 20000);
}

TEST_CASE("a large article stays under the comment limit, the rest counted") {
  const std::string out = reports::render_markdown({large_article(2000)});
  CHECK(out.size() <= 60000);
  CHECK(contains(out, "more findings not shown** ("));
  CHECK(contains(out, "see the full report, `factcheck --format html -o report.html` or `--format sarif`"));
  CHECK(contains(out, "## factcheck: 2000 errors in 1 file\n"));
  reports::MarkdownOptions small;
  small.max_chars = 5000;
  CHECK(reports::render_markdown({large_article(100)}, small).size() <= 5000);
}

TEST_CASE("article text cannot break the table or inject HTML") {
  auto source = std::make_shared<core::Source>("a|b.md", "x `16|GB` y\n");
  core::Finding f;
  f.span = {3, 8};
  f.claimed = "16|GB";
  f.message = "bad <script>alert(1)</script> | *claim*\nsecond line";
  f.evidence = {{"", "", "", "", "vendor", "", "javascript:alert(1)", "", ""}};
  f.suggestion = "24 GB";
  core::FileReport file{"a|b.md", source, "", {f}, {}, {}, {}, {}};
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
  core::FileReport file{"a.md", source, "", {f}, {}, {}, {}, {}};
  CHECK(contains(reports::render_markdown({file}), "\n````suggestion\na ``` 24 GB\n````\n"));
}

TEST_CASE("no findings at all says so") {
  core::FileReport clean{"a.md", nullptr, "", {}, {}, {}, {}, {}};
  CHECK(reports::render_markdown({clean}) == "## factcheck: no findings in 1 file\n");
}
