// Tests reports/text_report: the compiler-style lines, snippet, evidence, notes, colour.
#include <catch2/catch.hpp>

#include "reports/text_report.h"
#include "sample_reports.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("each finding opens with path:line:col: severity: message [rule]") {
  const std::string out = reports::render_text(sample::reports());
  CHECK(contains(out, "tests/fixtures/reports/article.md:3:26: error: NVIDIA L4 has 24 GB of memory, not 16 GB "
                      "[catalog-value-mismatch]\n"));
  CHECK(contains(out, "    3 | The NVIDIA L4 ships with 16 GB of GDDR6 and draws 72 W.\n"
                      "      |                          ^~~~~\n"));
  CHECK(contains(out, "  expected: 24 GB (vendor: https://www.nvidia.com/en-us/data-center/l4/ | measured: "
                      "datasets/measured/l4.xml, driver 550.54.15, 2024-03-01)\n  suggestion: 24 GB\n"));
}

TEST_CASE("related locations become notes, input errors use Error::format") {
  const std::string out = reports::render_text(sample::reports());
  CHECK(contains(out, "  note: tests/fixtures/reports/article.md:3:51: also says 72 W\n"));
  CHECK(contains(out, "tests/fixtures/reports/missing.md: error: cannot open file: No such file or directory\n"));
}

TEST_CASE("unverifiable findings show no expected line") {
  const std::string out = reports::render_text(sample::reports());
  const size_t at = out.find("[catalog-unknown-gpu]");
  REQUIRE(at != std::string::npos);
  CHECK_FALSE(contains(out.substr(at), "expected:"));
}

TEST_CASE("summary line closes the report") {
  const std::string out = reports::render_text(sample::reports());
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) ==
        "4 errors, 2 warnings, 1 info, 1 input error in 2 files (3 checked)\n");
  reports::TextOptions quiet;
  quiet.summary = false;
  CHECK_FALSE(contains(reports::render_text(sample::reports(), quiet), "(3 checked)"));
}

TEST_CASE("colour only when asked") {
  CHECK_FALSE(contains(reports::render_text(sample::reports()), "\x1b["));
  reports::TextOptions color;
  color.color = true;
  const std::string out = reports::render_text(sample::reports(), color);
  CHECK(contains(out, "\x1b[1;31merror:\x1b[0m"));
  CHECK(contains(out, "\x1b[1;35mwarning:\x1b[0m"));
}

TEST_CASE("escape sequences inside an article never reach the terminal") {
  auto source = std::make_shared<core::Source>("evil.md", "x \x1b]0;pwned\x07 16 GB\n");
  core::Finding f;
  f.span = {source->bytes().find("16 GB"), source->bytes().find("16 GB") + 5};
  f.message = "bad \x1b[2J claim";
  core::FileReport file{"evil.md", source, "", {f}, {}, {}, {}, {}};
  const std::string out = reports::render_text({file});
  CHECK_FALSE(contains(out, "\x1b"));
  CHECK_FALSE(contains(out, "\x07"));
}
