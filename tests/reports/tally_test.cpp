// Tests reports/tally: counts and the summary sentence.
#include <catch2/catch.hpp>

#include "reports/tally.h"

namespace {
core::Finding with(core::Severity s) {
  core::Finding f;
  f.severity = s;
  return f;
}
}  // namespace

TEST_CASE("summary counts findings by severity and files with problems") {
  core::FileReport a{"a", nullptr, "", {with(core::Severity::error), with(core::Severity::error),
                                       with(core::Severity::warning)}, {}, {}, {}, {}};
  core::FileReport b{"b", nullptr, "", {with(core::Severity::error)}, {}, {}, {}, {}};
  CHECK(reports::summary_sentence(reports::tally({a, b})) == "3 errors, 1 warning in 2 files");
}

TEST_CASE("summary mentions clean files and input errors") {
  core::FileReport a{"a", nullptr, "", {with(core::Severity::info)}, {}, {}, {}, {}};
  core::FileReport b{"b", nullptr, "", {}, {core::Error{}}, {}, {}, {}};
  core::FileReport c{"c", nullptr, "", {}, {}, {}, {}, {}};
  CHECK(reports::summary_sentence(reports::tally({a, b, c})) == "1 info, 1 input error in 2 files (3 checked)");
  CHECK(reports::summary_sentence(reports::tally({c})) == "no findings in 1 file");
  c.suppressed = 2;
  CHECK(reports::summary_sentence(reports::tally({c})) == "no findings in 1 file; 2 findings suppressed");
}
