// Tests core/field: the vocabulary matches DESIGN.md §3.
#include <catch2/catch.hpp>

#include "core/field.h"

TEST_CASE("the field vocabulary knows its units") {
  const auto* f = core::find_field("memory_bandwidth");
  REQUIRE(f);
  CHECK(f->unit == "GB/s");
  CHECK(f->dimension == core::Dimension::bandwidth);
  CHECK(core::find_field("architecture")->type == core::FieldType::text);
  CHECK(core::find_field("vram") == nullptr);
  CHECK(core::is_claim_kind_field("ratio"));
  CHECK_FALSE(core::is_claim_kind_field("tdp"));
}
