// Tests core/text_case: ASCII folding leaves UTF-8 bytes alone.
#include <catch2/catch.hpp>

#include "core/text_case.h"

TEST_CASE("ascii_lower folds ASCII letters and nothing else") {
  CHECK(core::ascii_lower("GDDR6X Watt") == "gddr6x watt");
  CHECK(core::ascii_lower("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9");  // "Été": UTF-8 bytes untouched
  CHECK(core::ascii_lower("") == "");
}
