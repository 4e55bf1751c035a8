// Tests scrapers/files/ignore_rules: the gitignore(5) subset factcheck honours.
#include <catch2/catch.hpp>

#include "scrapers/files/ignore_rules.h"

TEST_CASE("a pattern without a slash matches a name at any depth") {
  scrapers::IgnoreRules rules;
  rules.add_lines("# comment\n\n*.draft.md\n", "");
  CHECK(rules.ignored("a.draft.md", false));
  CHECK(rules.ignored("x/y/a.draft.md", false));
  CHECK_FALSE(rules.ignored("a.md", false));
}

TEST_CASE("a leading or inner slash anchors to the ignore file's folder") {
  scrapers::IgnoreRules rules;
  rules.add_lines("/top.md\nsub/inner.md\n", "docs");
  CHECK(rules.ignored("docs/top.md", false));
  CHECK_FALSE(rules.ignored("docs/x/top.md", false));
  CHECK_FALSE(rules.ignored("top.md", false));
  CHECK(rules.ignored("docs/sub/inner.md", false));
  CHECK_FALSE(rules.ignored("docs/x/sub/inner.md", false));
}

TEST_CASE("trailing slash means folders only; the last matching rule wins; ! re-includes") {
  scrapers::IgnoreRules rules;
  rules.add_lines("drafts/\n*.md\n!keep.md\n\\#hash.md\n", "");
  CHECK(rules.ignored("drafts", true));
  CHECK_FALSE(rules.ignored("drafts", false));
  CHECK(rules.ignored("a.md", false));
  CHECK_FALSE(rules.ignored("keep.md", false));
  CHECK(rules.ignored("#hash.md", false));
}

TEST_CASE("CRLF ignore files and trailing spaces") {
  scrapers::IgnoreRules rules;
  rules.add_lines("old.md  \r\nnew.md\r\n", "");
  CHECK(rules.ignored("old.md", false));
  CHECK(rules.ignored("new.md", false));
}
