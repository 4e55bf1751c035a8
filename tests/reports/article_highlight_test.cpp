// Tests reports/article_highlight: pieces per line, overlapping and multi-line spans.
#include <catch2/catch.hpp>

#include "reports/article_highlight.h"

namespace {
core::Finding at(size_t begin, size_t end) {
  core::Finding f;
  f.span = {begin, end};
  return f;
}
std::string text(const core::Source& s, const reports::ArticlePiece& p) { return s.bytes().substr(p.begin, p.end - p.begin); }
}  // namespace

TEST_CASE("overlapping spans split into pieces that know every covering finding") {
  core::Source s("a", "has 384-bit and 1.2 TB/s ok\n");
  // finding 0: "384-bit and 1.2 TB/s", finding 1: "1.2 TB/s"
  const auto pieces = reports::article_pieces(s, {at(4, 24), at(16, 24)});
  REQUIRE(pieces.size() == 4);
  CHECK(text(s, pieces[0]) == "has ");
  CHECK(pieces[0].findings.empty());
  CHECK(text(s, pieces[1]) == "384-bit and ");
  CHECK(pieces[1].findings == std::vector<size_t>{0});
  CHECK(pieces[1].first_of == std::vector<size_t>{0});
  CHECK(text(s, pieces[2]) == "1.2 TB/s");
  CHECK(pieces[2].findings == std::vector<size_t>{0, 1});
  CHECK(pieces[2].first_of == std::vector<size_t>{1});
  CHECK(text(s, pieces[3]) == " ok");
}

TEST_CASE("a span across a line break is marked on both lines, anchored once") {
  core::Source s("a", "x 16\r\nGB y\n\nend");
  const auto pieces = reports::article_pieces(s, {at(2, 8)});
  // line 1: "x ", "16"; line 2: "GB", " y"; line 3: empty; line 4: "end"
  REQUIRE(pieces.size() == 6);
  CHECK(text(s, pieces[1]) == "16");
  CHECK(pieces[1].first_of.size() == 1);
  CHECK(pieces[2].line == 2);
  CHECK(text(s, pieces[2]) == "GB");
  CHECK(pieces[2].findings.size() == 1);
  CHECK(pieces[2].first_of.empty());
  CHECK(pieces[4].line == 3);
  CHECK(pieces[4].begin == pieces[4].end);
  CHECK(text(s, pieces[5]) == "end");
}

TEST_CASE("spans outside the source mark nothing") {
  core::Source s("a", "abc\n");
  const auto pieces = reports::article_pieces(s, {at(2, 50)});
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].findings.empty());
  CHECK(pieces[0].points_before.empty());
}

TEST_CASE("empty spans become points before a piece or at the line end") {
  core::Source s("a", "ab cd\nxy\n");
  const auto pieces = reports::article_pieces(s, {at(3, 3), at(5, 5), at(2, 4)});
  // line 1: "ab", " ", "c", "d"; line 2: "xy"
  REQUIRE(pieces.size() == 5);
  CHECK(text(s, pieces[2]) == "c");
  CHECK(pieces[2].points_before == std::vector<size_t>{0});
  CHECK(pieces[3].points_after == std::vector<size_t>{1});
  CHECK(pieces[4].points_before.empty());
  CHECK(pieces[4].points_after.empty());
}
