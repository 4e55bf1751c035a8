// Tests core/document: text-to-source mapping of blocks.
#include <catch2/catch.hpp>

#include "core/document.h"

TEST_CASE("mapped text gives exact spans") {
  core::Block b;
  b.append_mapped("24 GB", 10);
  auto s = b.span_of(0, 2);
  CHECK(s.begin == 10);
  CHECK(s.end == 12);
}

TEST_CASE("a replaced entity covers its whole source") {
  core::Block b;
  b.append_mapped("A", 0);
  b.append_replacement("&", 1, 6);  // "&amp;"
  b.append_mapped("B", 6);
  auto amp = b.span_of(1, 2);
  CHECK(amp.begin == 1);
  CHECK(amp.end == 6);
  auto all = b.span();
  CHECK(all.begin == 0);
  CHECK(all.end == 7);
}
