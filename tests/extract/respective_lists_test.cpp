// Tests extract/respective_lists: a list of GPUs and a list of as many figures pair up in order.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using core::Unit;
using extract::Attribution;
using extract_test::check_value;
using extract_test::extract_text;

TEST_CASE("respective: three names and three figures pair in order", "[claims]") {
  auto e = extract_text("# Cards\n\nThe RTX 4090, RTX 4070 and L4 carry 24 GB, 12 GB and 24 GB of memory.\n");
  const auto sizes = e.with_field("memory_size");
  REQUIRE(sizes.size() == 3);
  check_value(e, *sizes[0], "nvidia-geforce-rtx-4090", 24, Unit::GB, Attribution::respective, "3:37");
  check_value(e, *sizes[1], "nvidia-geforce-rtx-4070", 12, Unit::GB, Attribution::respective, "3:44");
  check_value(e, *sizes[2], "nvidia-l4", 24, Unit::GB, Attribution::respective, "3:54");
}

TEST_CASE("respective: 'respectively' after the figures", "[claims]") {
  auto e = extract_text("# Cards\n\nThe RTX 4090 and L40S draw 450 W and 350 W respectively.\n");
  CHECK(e.one("tdp", "450 W").gpu.id == "nvidia-geforce-rtx-4090");
  CHECK(e.one("tdp", "350 W").gpu.id == "nvidia-l40s");
  CHECK(e.one("tdp", "350 W").gpu.attributed_by == Attribution::respective);
}

TEST_CASE("respective: counts that differ, ranges, options and a list set against the subject stay as they were", "[claims]") {
  auto e = extract_text(
      "# Cards\n\n"
      "The RTX 4090 and RTX 4070 ship with 24 GB, 16 GB and 12 GB options.\n\n"
      "The RTX 4070 and L4 draw between 72 W and 200 W.\n\n"
      "The L4 and L40S come in 24 GB and 48 GB versions.\n\n"
      "Unlike the L4 and L40S, the RTX 4090 keeps 24 GB and 450 W.\n");
  for (const auto& c : e.claims()) CHECK(c.gpu.attributed_by != Attribution::respective);
}
