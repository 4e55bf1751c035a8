// Tests extract/page_glue: which glued words are vendor labels.
#include <catch2/catch.hpp>

#include "extract/page_glue.h"

TEST_CASE("vendor labels glued by saved pages are recognised in any case, at a word end") {
  CHECK(extract::starts_with_glued_vendor("nvidia · 24 GB"));
  CHECK(extract::starts_with_glued_vendor("Intel"));
  CHECK(extract::starts_with_glued_vendor("amd · 256 GB/s"));
  CHECK_FALSE(extract::starts_with_glued_vendor("nvidiax"));
  CHECK_FALSE(extract::starts_with_glued_vendor("inte"));
  CHECK_FALSE(extract::starts_with_glued_vendor("GB"));
}
