// Tests reports/snippet: caret placement with tabs, multi-byte text, long lines, odd spans.
#include <catch2/catch.hpp>

#include "reports/snippet.h"

namespace {
core::Span find(const core::Source& s, const std::string& text) {
  const size_t at = s.bytes().find(text);
  return {at, at + text.size()};
}
}  // namespace

TEST_CASE("caret sits under the span") {
  core::Source s("a", "first\nThe L4 has 16 GB.\n");
  const auto sn = reports::make_snippet(s, find(s, "16 GB"));
  REQUIRE(sn);
  CHECK(sn->line == 2);
  CHECK(sn->text == "The L4 has 16 GB.");
  CHECK(reports::caret_line(*sn) == "           ^~~~~");
}

TEST_CASE("tabs expand to tab stops so the caret lines up") {
  core::Source s("a", "\tx\t16 GB\n");
  const auto sn = reports::make_snippet(s, find(s, "16 GB"));
  REQUIRE(sn);
  CHECK(sn->text == "        x       16 GB");  // 8 spaces, x, 7 spaces to the next stop
  CHECK(sn->caret_column == 16);
  CHECK(sn->caret_width == 5);
}

TEST_CASE("columns count code points, not bytes") {
  core::Source s("a", "\xC3\x97\xE2\x80\x94 80 GB");
  const auto sn = reports::make_snippet(s, find(s, "80 GB"));
  REQUIRE(sn);
  CHECK(sn->caret_column == 3);
}

TEST_CASE("control characters and invalid bytes are replaced, one column each") {
  core::Source s("a", "a\x1b\xFF 16 GB");
  const auto sn = reports::make_snippet(s, find(s, "16 GB"));
  REQUIRE(sn);
  CHECK(sn->text == "a\xEF\xBF\xBD\xEF\xBF\xBD 16 GB");
  CHECK(sn->caret_column == 4);
}

TEST_CASE("a span running past the line is marked to the line end") {
  core::Source s("a", "has 16\nGB here\n");
  const auto sn = reports::make_snippet(s, {4, 9});
  REQUIRE(sn);
  CHECK(sn->continues);
  CHECK(sn->caret_width == 2);
}

TEST_CASE("an empty span still shows one caret") {
  core::Source s("a", "abc\n");
  const auto sn = reports::make_snippet(s, {1, 1});
  REQUIRE(sn);
  CHECK(reports::caret_line(*sn) == " ^");
}

TEST_CASE("long lines are cut to a window around the span") {
  const std::string before(300, 'a');
  const std::string after(300, 'b');
  core::Source s("a", before + "16 GB" + after + "\n");
  reports::SnippetOptions options;
  options.max_width = 60;
  const auto sn = reports::make_snippet(s, find(s, "16 GB"), options);
  REQUIRE(sn);
  CHECK(sn->text.rfind("\xE2\x80\xA6", 0) == 0);  // starts with an ellipsis
  CHECK(sn->text.find("16 GB") != std::string::npos);
  // 58 columns of text plus two one-column ellipses (three bytes each).
  CHECK(sn->text.size() == 58 + 2 * 3);
  CHECK(sn->text.substr(sn->caret_column - 1 + 3, 5) == "16 GB");
}

TEST_CASE("a span outside the source gives no snippet") {
  core::Source s("a", "abc");
  CHECK_FALSE(reports::make_snippet(s, {10, 12}));
}
