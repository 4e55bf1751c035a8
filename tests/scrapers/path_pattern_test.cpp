// Tests scrapers/files/path_pattern: fnmatch per segment and `**` across folders.
#include <catch2/catch.hpp>

#include "scrapers/files/path_pattern.h"

using scrapers::match_path;

TEST_CASE("a segment pattern matches one segment only") {
  CHECK(match_path("*.md", "a.md"));
  CHECK_FALSE(match_path("*.md", "docs/a.md"));
  CHECK(match_path("docs/*.md", "docs/a.md"));
  CHECK_FALSE(match_path("docs/*.md", "docs/x/a.md"));
  CHECK(match_path("docs/?.md", "docs/a.md"));
  CHECK(match_path("docs/[ab].md", "docs/b.md"));
  CHECK_FALSE(match_path("docs/[ab].md", "docs/c.md"));
}

TEST_CASE("** matches zero or more folders") {
  CHECK(match_path("**/*.md", "a.md"));
  CHECK(match_path("**/*.md", "docs/x/y/a.md"));
  CHECK(match_path("docs/**/*.md", "docs/a.md"));
  CHECK(match_path("docs/**/*.md", "docs/x/y/a.md"));
  CHECK_FALSE(match_path("docs/**/*.md", "other/a.md"));
  CHECK(match_path("docs/**", "docs/x/a.md"));
  CHECK(match_path("a/**/b", "a/b"));
  CHECK(match_path("a/**/b", "a/x/y/b"));
  CHECK_FALSE(match_path("a/**/b", "a/x/y/c"));
}

TEST_CASE("glob characters are recognised") {
  CHECK(scrapers::has_glob_chars("docs/**/*.md"));
  CHECK(scrapers::has_glob_chars("a?.md"));
  CHECK(scrapers::has_glob_chars("[ab].md"));
  CHECK_FALSE(scrapers::has_glob_chars("docs/a.md"));
}
