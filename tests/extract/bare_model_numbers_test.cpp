// Tests extract/bare_model_numbers: a model number alone names the GPU a page names in full.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using extract::Attribution;
using extract_test::extract_text;

TEST_CASE("bare numbers: the number of a GPU the page names in full names it", "[claims]") {
  auto e = extract_text("# Cards\n\nThe RTX 4090 is fast.\n\nThe 4090 draws 450 W.\n");
  const auto& c = e.one("tdp", "450 W");
  CHECK(c.gpu.id == "nvidia-geforce-rtx-4090");
  CHECK(c.gpu.attributed_by == Attribution::same_clause);
}

TEST_CASE("bare numbers: figures, prices, CPUs and units are no model numbers", "[claims]") {
  auto e = extract_text(
      "# Cards\n\nThe RTX 4090 is fast.\n\n"
      "It costs $4090 in some shops. A Ryzen 4090 does not exist. The L4 draws 4090 W.\n");
  // No mention was added for any of them, so the L4 keeps its own figure.
  const auto& c = e.one("tdp", "4090 W");
  CHECK(c.gpu.id == "nvidia-l4");
}

TEST_CASE("bare numbers: a bare number is never the page's subject", "[claims]") {
  // "the 4070" opens the page, yet the page is about what it names in full.
  auto e = extract_text("I remember the night the 4070 launched.\n\n# RTX 4090 notes\n\nIt has 24 GB.\n");
  const auto& c = e.one("memory_size", "24 GB");
  CHECK(c.gpu.id == "nvidia-geforce-rtx-4090");
}
