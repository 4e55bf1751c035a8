// Tests reports/artifact_uri: relative where possible, encoded always, URLs untouched.
#include <catch2/catch.hpp>

#include "reports/artifact_uri.h"

using reports::artifact_uri;

TEST_CASE("relative paths stay relative and are percent-encoded") {
  const auto a = artifact_uri("./articles/a b#1.md", "/work");
  CHECK(a.uri == "articles/a%20b%231.md");
  CHECK(a.relative);
  CHECK(artifact_uri("c:d.md", "").uri == "c%3Ad.md");  // never read as a scheme
  CHECK(artifact_uri("\xC3\x97.md", "").uri == "%C3%97.md");
}

TEST_CASE("absolute paths under the base become relative, others file URIs") {
  const auto inside = artifact_uri("/work/main/a.md", "/work/main");
  CHECK(inside.uri == "a.md");
  CHECK(inside.relative);
  const auto outside = artifact_uri("/tmp/x y.md", "/work/main");
  CHECK(outside.uri == "file:///tmp/x%20y.md");
  CHECK_FALSE(outside.relative);
  CHECK(artifact_uri("/work/mainly/a.md", "/work/main/").uri == "file:///work/mainly/a.md");
}

TEST_CASE("URLs are kept as they are") {
  const auto url = artifact_uri("https://example.com/review?id=3", "/work");
  CHECK(url.uri == "https://example.com/review?id=3");
  CHECK_FALSE(url.relative);
}

TEST_CASE("directory URIs end with a slash") {
  CHECK(reports::directory_uri("/work/main") == "file:///work/main/");
  CHECK(reports::directory_uri("/") == "file:///");
}
