// Tests core/source: line table, code-point columns, BOM and CRLF.
#include <catch2/catch.hpp>

#include "core/source.h"

TEST_CASE("positions are 1-based lines and code-point columns") {
  core::Source s("a.md", "ab\nc\xC3\xA9" "d\n");
  CHECK(s.position(0).line == 1);
  CHECK(s.position(0).column == 1);
  CHECK(s.position(3).line == 2);
  auto p = s.position(6);  // 'd' after a two-byte é
  CHECK(p.line == 2);
  CHECK(p.column == 3);
  CHECK(p.file == "a.md");
}

TEST_CASE("CRLF is one line break and line_text drops it") {
  core::Source s("x", "one\r\ntwo\r\n");
  CHECK(s.line_count() == 3);
  CHECK(s.line_text(1) == "one");
  CHECK(s.line_text(2) == "two");
  CHECK(s.position(5).line == 2);
  CHECK(s.position(5).column == 1);
}

TEST_CASE("a UTF-8 BOM is not a column") {
  core::Source s("x", "\xEF\xBB\xBFhi");
  CHECK(s.position(3).column == 1);
  CHECK(s.position(4).column == 2);
}

TEST_CASE("pages number from the page starts") {
  core::Source s("d.pdf", "p1\np2\n");
  s.set_page_starts({3});
  CHECK(s.position(0).page == 1);
  CHECK(s.position(4).page == 2);
}

TEST_CASE("reading a missing file names it") {
  auto r = core::read_source_file("/nonexistent/file.md");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().format().rfind("/nonexistent/file.md: error: cannot open file", 0) == 0);
}
