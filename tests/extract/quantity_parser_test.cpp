// Tests of extract/quantity_parser: every form writers use for a number, and the numbers that are not quantities.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/quantity_parser.h"

using core::Qualifier;
using core::Unit;
using extract::find_quantities;
using extract::FoundQuantity;

namespace {

// The one quantity in `text`; fails the test when there is not exactly one.
FoundQuantity only(const std::string& text) {
  auto found = find_quantities(text);
  INFO("text: " << text);
  REQUIRE(found.size() == 1);
  return found.front();
}

void check(const std::string& text, double value, Unit unit, int decimals, Qualifier qualifier = Qualifier::exact) {
  INFO("text: " << text);
  auto q = only(text);
  CHECK(q.quantity.value == Approx(value));
  CHECK(q.quantity.unit == unit);
  CHECK(q.quantity.decimals == decimals);
  CHECK(q.quantity.qualifier == qualifier);
  CHECK(q.has_unit == (unit != Unit::none));
}

}  // namespace

TEST_CASE("memory sizes with and without a space", "[quantity]") {
  check("24GB", 24, Unit::GB, 0);
  check("24 GB VRAM", 24, Unit::GB, 0);
  auto q = only("It has 24 GB VRAM.");
  CHECK(q.begin == 7);
  CHECK(q.end == 12);  // the unit is part of the match, the following word is not
  CHECK(q.number_begin == 7);
  CHECK(q.number_end == 9);
}

TEST_CASE("bandwidth and per-pin data rate keep their precision", "[quantity]") {
  check("1 TB/s", 1, Unit::TB_per_s, 0);
  check("300.1 GB/s", 300.1, Unit::GB_per_s, 1);
  check("12.5 Gbps effective", 12.5, Unit::Gbps, 1);
  check("864 GB/sec", 864, Unit::GB_per_s, 0);
}

TEST_CASE("power in watts, glued or spelled out", "[quantity]") {
  check("72W", 72, Unit::W, 0);
  check("72 Watt", 72, Unit::W, 0);
  check("350 Watts", 350, Unit::W, 0);
}

TEST_CASE("clocks in GHz and MHz", "[quantity]") {
  check("1.7 GHz", 1.7, Unit::GHz, 1);
  check("2040 MHz", 2040, Unit::MHz, 0);
}

TEST_CASE("thousands separators and scale words", "[quantity]") {
  check("35,800 million", 35800, Unit::million, 0);
  check("7,424", 7424, Unit::none, 0);
}

TEST_CASE("qualifiers: approximate, up to, ranges", "[quantity]") {
  check("~120 TFLOPS", 120, Unit::TFLOPS, 0, Qualifier::approximate);
  check("roughly 360 TFLOPS", 360, Unit::TFLOPS, 0, Qualifier::approximate);
  check("up to 2.5 GHz", 2.5, Unit::GHz, 1, Qualifier::up_to);
  check("over 900 GB/s", 900, Unit::GB_per_s, 0, Qualifier::at_least);
  auto range = only("16-20 GB");
  CHECK(range.quantity.value == 16);
  REQUIRE(range.quantity.upper);
  CHECK(*range.quantity.upper == 20);
  CHECK(range.quantity.unit == Unit::GB);
  CHECK(range.quantity.qualifier == Qualifier::range);
  CHECK(range.begin == 0);
  CHECK(range.end == 8);
}

TEST_CASE("bus width, process node and length", "[quantity]") {
  check("192 bit", 192, Unit::bit, 0);
  check("192-bit", 192, Unit::bit, 0);
  check("5 nm", 5, Unit::nm, 0);
  auto both = find_quantities("169 mm, 6.7 inches");
  REQUIRE(both.size() == 2);
  CHECK(both[0].quantity.value == 169);
  CHECK(both[0].quantity.unit == Unit::mm);
  CHECK(both[1].quantity.value == Approx(6.7));
  CHECK(both[1].quantity.unit == Unit::inch);
  CHECK(both[1].quantity.decimals == 1);
}

TEST_CASE("ratios with the multiplication sign or x, and percentages", "[quantity]") {
  check("2.9\xC3\x97", 2.9, Unit::times, 1);  // 2.9×
  check("2.9x", 2.9, Unit::times, 1);
  check("2.9x the bandwidth", 2.9, Unit::times, 1);
  check("45%", 45, Unit::percent, 0);
  check("70 %", 70, Unit::percent, 0);
}

TEST_CASE("numbers that are names, links, prices and model sizes are not quantities", "[quantity]") {
  CHECK(find_quantities("A5000").empty());
  CHECK(find_quantities("the RTX A5000 card").empty());
  CHECK(find_quantities("$2,500").empty());
  CHECK(find_quantities("70B").empty());
  CHECK(find_quantities("16K context").empty());
  CHECK(find_quantities("a 70B model").empty());
  // "PCIe 4.0 x16": the 'x' of the link width is not a ratio unit, and "16" is no number of its own.
  auto link = find_quantities("PCIe 4.0 x16");
  for (const auto& q : link) {
    CHECK(q.quantity.unit != Unit::times);
    CHECK(q.quantity.value != 16);
  }
}

TEST_CASE("several quantities in one sentence come in order", "[quantity]") {
  auto found = find_quantities("The card has 24 GB at 300 GB/s and draws 72 W.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].quantity.unit == Unit::GB);
  CHECK(found[1].quantity.unit == Unit::GB_per_s);
  CHECK(found[2].quantity.unit == Unit::W);
  CHECK(found[0].begin < found[1].begin);
  CHECK(found[1].begin < found[2].begin);
}

TEST_CASE("parse_number counts decimals and drops separators", "[quantity]") {
  double value = 0;
  int decimals = -1;
  REQUIRE(extract::parse_number("35,800", value, decimals));
  CHECK(value == 35800);
  CHECK(decimals == 0);
  REQUIRE(extract::parse_number("300.10", value, decimals));
  CHECK(value == Approx(300.1));
  CHECK(decimals == 2);
  CHECK_FALSE(extract::parse_number("", value, decimals));
}

TEST_CASE("foundry node names are process figures in nm", "[quantity]") {
  check("built on TSMC's 4N process", 4, Unit::nm, 0);
  check("the TSMC 4NP node", 4, Unit::nm, 0);
  check("Samsung 8N", 8, Unit::nm, 0);
  check("a 12FFN process", 12, Unit::nm, 0);
  check("16FF+ process", 16, Unit::nm, 0);
  check("TSMC N6", 6, Unit::nm, 0);
  auto q = only("made on TSMC 4N today");
  CHECK(q.begin == 8);
  CHECK(q.end == 15);  // the claim quotes the node name, foundry included
  // Without a foundry word or "process", a token like N5 may be anything.
  CHECK(find_quantities("the N5 and N6 chiplets").empty());
  CHECK(find_quantities("a 4N cable").empty());
}

TEST_CASE("a little word the page glued to a figure still leaves the figure", "[quantity]") {
  check("up to4.8 TB/s", 4.8, Unit::TB_per_s, 1, Qualifier::up_to);
  CHECK(find_quantities("the A5000").empty());
}

TEST_CASE("two figures of one unit joined by 'to' are a range, unless a change verb makes them before and after", "[quantity]") {
  auto range = only("runs at 15 W to 60 W");
  CHECK(range.quantity.value == Approx(15));
  REQUIRE(range.quantity.upper);
  CHECK(*range.quantity.upper == Approx(60));
  CHECK(range.quantity.qualifier == Qualifier::range);
  CHECK(find_quantities("the L2 grew from 6 MB to 72 MB").size() == 2);
  CHECK(find_quantities("lifting per-GPU memory from 192 GB to 256 GB").size() == 2);
  CHECK(find_quantities("from 16 GB to 24 GB W").size() == 1);  // "from" alone is a range: "ranges from 35 W to 115 W"
}

TEST_CASE("decimal commas, and thousands points on a page that writes decimals with commas", "[quantity]") {
  check("3,9 TB/s", 3.9, Unit::TB_per_s, 1);
  check("1,440 GB", 1440, Unit::GB, 0);
  extract::NumberStyle german = extract::detect_number_style("Die H100 NVL erreicht 3,9 TB/s und 16.384 Shader.");
  CHECK(german.thousands_point);
  auto found = find_quantities("1.008 GB/s", german);
  REQUIRE(found.size() == 1);
  CHECK(found.front().quantity.value == Approx(1008));
  CHECK_FALSE(extract::detect_number_style("It has 3,9 TB/s and 1.5 GHz.").thousands_point);
}

TEST_CASE("a version number does not outvote a page's decimal commas", "[quantity]") {
  // "PCIe 5.0", "Llama 3.1": names, not decimals, on a German page as on an English one.
  CHECK(extract::detect_number_style("Die RTX 5080 taktet mit 2.617 MHz und liefert 56,28 TFLOPS über PCIe 5.0.").thousands_point);
  CHECK(extract::detect_number_style("Getestet mit Llama 3.1 8B: 82,58 TFLOPS und 1.008 GB/s.").thousands_point);
  // Decimals with units vote; the majority wins and a tie stays with the point.
  CHECK_FALSE(extract::detect_number_style("3.35 TB/s, 1.98 GHz and 26,7 TFLOPS").thousands_point);
  CHECK_FALSE(extract::detect_number_style("It runs PCIe 5.0 at 1,440 GB.").thousands_point);
}
