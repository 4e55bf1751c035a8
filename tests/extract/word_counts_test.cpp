// Tests extract/word_counts: counts written as words before a count field's noun.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using extract_test::extract_text;

TEST_CASE("word counts: 'three NVENC engines' is a count of video encoders", "[claims]") {
  auto e = extract_text("# Encoders\n\nThe RTX 4090 carries three NVENC engines and the L40S has two video decoders.\n");
  const auto& enc = e.one("nvenc", "three");
  CHECK(enc.gpu.id == "nvidia-geforce-rtx-4090");
  REQUIRE(enc.quantity);
  CHECK(enc.quantity->value == 3);
  CHECK(e.where(enc) == "3:22");
  const auto& dec = e.one("nvdec", "two");
  CHECK(dec.quantity->value == 2);
}

TEST_CASE("word counts: other nouns are no spec", "[claims]") {
  auto e = extract_text("# Cards\n\nThe L4 has two fans, three DisplayPort outputs and four slots of room.\n");
  CHECK(e.with_field("nvenc").empty());
  for (const auto& c : e.claims()) CHECK(c.field != "nvdec");
}
