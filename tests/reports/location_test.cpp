// Tests reports/location: regions from resolved positions or from the Source.
#include <catch2/catch.hpp>

#include <memory>

#include "reports/location.h"

TEST_CASE("uses the positions the pipeline resolved") {
  core::FileReport file{"a.md", nullptr, "", {}, {}, {}, {}, {}};
  core::Finding f;
  f.begin = {"a.md", 3, 5, 0};
  f.end = {"a.md", 3, 10, 0};
  const auto r = reports::finding_region(file, f);
  CHECK(r.line == 3);
  CHECK(r.column == 5);
  CHECK(r.end_column == 10);
}

TEST_CASE("falls back to the source when positions are missing") {
  auto source = std::make_shared<core::Source>("a.md", "one\ntwo \xC3\x97 16 GB\n");
  core::FileReport file{"a.md", source, "", {}, {}, {}, {}, {}};
  core::Finding f;
  f.span = {11, 16};  // "16 GB" after a two-byte character
  const auto r = reports::finding_region(file, f);
  CHECK(r.line == 2);
  CHECK(r.column == 7);
  CHECK(r.end_line == 2);
  CHECK(r.end_column == 12);
}

TEST_CASE("a span outside the source gives an unknown region, not a crash") {
  auto source = std::make_shared<core::Source>("a.md", "short");
  core::FileReport file{"a.md", source, "", {}, {}, {}, {}, {}};
  core::Finding f;
  f.span = {100, 200};
  const auto r = reports::finding_region(file, f);
  CHECK(r.line == 0);
  CHECK(reports::format_location("a.md", r) == "a.md");
}

TEST_CASE("related locations take the end from the span") {
  auto source = std::make_shared<core::Source>("a.md", "72 W and 75 W\n");
  core::FileReport file{"a.md", source, "", {}, {}, {}, {}, {}};
  core::RelatedLocation rel{{0, 4}, source->position(0), "also"};
  const auto r = reports::related_region(file, rel);
  CHECK(reports::format_location("a.md", r) == "a.md:1:1");
  CHECK(r.end_column == 5);
}
