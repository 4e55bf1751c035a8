// Tests of rules/suppression.cpp: factcheck-disable / -enable ranges, -disable-next-line, rule lists, unknown ids.
#include <climits>

#include <catch2/catch.hpp>

#include "rules/suppression.h"
#include "tests/rules/fixture_catalog.h"

using rules::is_suppressed;
using rules::parse_suppressions;

namespace {

const std::vector<std::string> kKnown{"catalog-value-mismatch", "catalog-unverifiable", "ratio-mismatch",
                                      "arithmetic-wrong-result"};

core::Finding finding_at(const std::string& rule, int line) {
  core::Finding f;
  f.rule = rule;
  f.begin.line = line;
  f.begin.column = 1;
  return f;
}

}  // namespace

TEST_CASE("suppression: disable ... enable covers the lines between, for the named rule", "[rules][suppression]") {
  core::Source src("a.md",
                   "Line one 16 GB.\n"                                                           // 1
                   "<!-- factcheck-disable catalog-value-mismatch -- quoting the launch slide -->\n"  // 2
                   "Line three 16 GB.\n"                                                         // 3
                   "<!-- factcheck-enable -->\n"                                                 // 4
                   "Line five 16 GB.\n");                                                        // 5
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.errors.empty());
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].rules == std::vector<std::string>{"catalog-value-mismatch"});
  CHECK(s.ranges[0].first_line == 2);
  CHECK(s.ranges[0].last_line == 4);
  CHECK(fixture::contains(s.ranges[0].reason, "quoting the launch slide"));
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-value-mismatch", 1)));
  CHECK(is_suppressed(s, finding_at("catalog-value-mismatch", 3)));
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-unverifiable", 3)));  // another rule
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-value-mismatch", 5)));
}

TEST_CASE("suppression: disable-next-line covers one line, for a list of rules", "[rules][suppression]") {
  core::Source src("a.md",
                   "Intro.\n"                                                                 // 1
                   "<!-- factcheck-disable-next-line ratio-mismatch, arithmetic-wrong-result -->\n"  // 2
                   "4x the bandwidth; 2 x 2 = 5.\n"                                           // 3
                   "4x the bandwidth again.\n");                                              // 4
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.errors.empty());
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].rules == std::vector<std::string>{"ratio-mismatch", "arithmetic-wrong-result"});
  CHECK(s.ranges[0].first_line == 3);
  CHECK(s.ranges[0].last_line == 3);
  CHECK(is_suppressed(s, finding_at("ratio-mismatch", 3)));
  CHECK(is_suppressed(s, finding_at("arithmetic-wrong-result", 3)));
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-value-mismatch", 3)));
  CHECK_FALSE(is_suppressed(s, finding_at("ratio-mismatch", 4)));
  CHECK_FALSE(is_suppressed(s, finding_at("ratio-mismatch", 2)));
}

TEST_CASE("suppression: a disable naming no rule covers every rule to the end", "[rules][suppression]") {
  core::Source src("a.md", "One.\n<!-- factcheck-disable -- generated table -->\nThree.\nFour.\n");
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.errors.empty());
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].rules.empty());
  CHECK(s.ranges[0].last_line == INT_MAX);
  CHECK_FALSE(is_suppressed(s, finding_at("ratio-mismatch", 1)));
  CHECK(is_suppressed(s, finding_at("ratio-mismatch", 3)));
  CHECK(is_suppressed(s, finding_at("catalog-value-mismatch", 4)));
}

TEST_CASE("suppression: enable RULE closes only the ranges of that rule", "[rules][suppression]") {
  core::Source src("a.md",
                   "<!-- factcheck-disable ratio-mismatch -->\n"           // 1
                   "<!-- factcheck-disable catalog-unverifiable -->\n"     // 2
                   "Three.\n"                                              // 3
                   "<!-- factcheck-enable ratio-mismatch -->\n"            // 4
                   "Five.\n");                                             // 5
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.errors.empty());
  REQUIRE(s.ranges.size() == 2);
  CHECK(s.ranges[0].last_line == 4);
  CHECK(s.ranges[1].last_line == INT_MAX);
  CHECK(is_suppressed(s, finding_at("ratio-mismatch", 3)));
  CHECK_FALSE(is_suppressed(s, finding_at("ratio-mismatch", 5)));
  CHECK(is_suppressed(s, finding_at("catalog-unverifiable", 5)));
}

TEST_CASE("suppression: an unknown rule id is a loud error at the comment", "[rules][suppression]") {
  core::Source src("a.md", "One.\nTwo <!-- factcheck-disable-next-line catalog-nope -->\nThree.\n");
  auto s = parse_suppressions(src, kKnown);
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0].code == core::ErrorCode::usage);
  CHECK(s.errors[0].message == "unknown rule \"catalog-nope\" in factcheck-disable-next-line comment");
  CHECK(s.errors[0].position.file == "a.md");
  CHECK(s.errors[0].position.line == 2);
  CHECK(s.errors[0].position.column == 5);
}

TEST_CASE("suppression: text that is not a suppression comment", "[rules][suppression]") {
  core::Source src("a.md",
                   "factcheck-disable catalog-value-mismatch outside a comment\n"
                   "<!-- factcheck-disabled catalog-value-mismatch -->\n"
                   "<!-- a comment about factcheck -->\n");
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.ranges.empty());
  // "factcheck-disabled" looks like a directive and is not one: reported, never a silent no-op.
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0].position.line == 2);
}

TEST_CASE("DESIGN.md's form without -- takes rule-shaped words as rules and the rest as reason") {
  core::Source source("a.md", "<!-- factcheck-disable catalog-value-mismatch quoting the launch slide -->\nx\n");
  auto s = rules::parse_suppressions(source, {"catalog-value-mismatch"});
  REQUIRE(s.errors.empty());
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].rules == std::vector<std::string>{"catalog-value-mismatch"});
  CHECK(s.ranges[0].reason == "quoting the launch slide");
}

TEST_CASE("a misspelt rule id in DESIGN.md's form is still an error") {
  core::Source source("a.md", "<!-- factcheck-disable catalog-value-mismtch quoting -->\n");
  auto s = rules::parse_suppressions(source, {"catalog-value-mismatch"});
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0].message.find("catalog-value-mismtch") != std::string::npos);
}

TEST_CASE("suppression: disable-line covers the comment's own line", "[rules][suppression]") {
  core::Source src("a.md",
                   "Intro.\n"                                                                    // 1
                   "The L4 has 48 GB. <!-- factcheck-disable-line catalog-value-mismatch -->\n"  // 2
                   "The L4 has 48 GB.\n");                                                       // 3
  auto s = parse_suppressions(src, kKnown);
  CHECK(s.errors.empty());
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].rules == std::vector<std::string>{"catalog-value-mismatch"});
  CHECK(is_suppressed(s, finding_at("catalog-value-mismatch", 2)));
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-value-mismatch", 3)));
  CHECK_FALSE(is_suppressed(s, finding_at("ratio-mismatch", 2)));
}

TEST_CASE("suppression: an unknown directive is an error at its position and disables nothing", "[rules][suppression]") {
  core::Source src("a.md",
                   "Intro.\n"
                   "x <!-- factcheck-disable-lines catalog-value-mismatch -->\n"
                   "<!-- factcheck-ignore -->\n"
                   "<!-- factcheck-disable-next-line-->\n");
  auto s = parse_suppressions(src, kKnown);
  REQUIRE(s.errors.size() == 2);
  CHECK(s.errors[0].position.line == 2);
  CHECK(s.errors[0].position.column == 8);
  CHECK(fixture::contains(s.errors[0].message, "unknown directive \"factcheck-disable-lines\""));
  CHECK(fixture::contains(s.errors[1].message, "\"factcheck-ignore\""));
  REQUIRE(s.ranges.size() == 1);  // only the well-formed disable-next-line
  CHECK(s.ranges[0].directive == "disable-next-line");
  CHECK_FALSE(is_suppressed(s, finding_at("catalog-value-mismatch", 2)));
}

TEST_CASE("suppression: counts what each directive suppressed and lists the unused ones", "[rules][suppression]") {
  core::Source src("a.md",
                   "<!-- factcheck-disable-next-line catalog-value-mismatch -->\n"  // 1
                   "The L4 has 48 GB.\n"                                            // 2
                   "<!-- factcheck-disable-next-line ratio-mismatch -->\n"          // 3
                   "The L4 has 48 GB.\n");                                          // 4
  auto s = parse_suppressions(src, kKnown);
  auto applied = rules::apply_suppressions(
      s, {finding_at("catalog-value-mismatch", 2), finding_at("catalog-value-mismatch", 4)});
  CHECK(applied.suppressed == 1);
  REQUIRE(applied.kept.size() == 1);
  CHECK(applied.kept[0].begin.line == 4);
  auto unused = rules::unused_suppressions(s);
  REQUIRE(unused.size() == 1);
  CHECK(unused[0].position.line == 3);
  CHECK(fixture::contains(unused[0].message, "unused factcheck-disable-next-line (ratio-mismatch)"));
}
