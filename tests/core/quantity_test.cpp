// Tests core/quantity: units, base values, resolution and formatting.
#include <catch2/catch.hpp>

#include "core/quantity.h"

using core::Quantity;
using core::Unit;

TEST_CASE("decimal and binary bytes stay distinct") {
  Quantity gb{80, {}, Unit::GB};
  Quantity mib{81559, {}, Unit::MiB};
  CHECK(gb.base_value() == Approx(80e9));
  CHECK(mib.base_value() == Approx(81559.0 * 1048576.0));
  CHECK(gb.base_value() != Approx(mib.base_value()));
}

TEST_CASE("stated precision gives the resolution") {
  Quantity tb{1, {}, Unit::TB_per_s, 0};
  CHECK(tb.base_resolution() == Approx(0.5e12));
  Quantity bw{300.1, {}, Unit::GB_per_s, 1};
  CHECK(bw.base_resolution() == Approx(0.05e9));
}

TEST_CASE("unit symbols: data rate is not bandwidth") {
  CHECK(core::unit_from_symbol("Gbps") == Unit::Gbps);
  CHECK(core::unit_from_symbol("GB/s") == Unit::GB_per_s);
  CHECK(core::unit_from_symbol("Watt") == Unit::W);
  CHECK(core::unit_from_symbol("GHz") == Unit::GHz);
  CHECK_FALSE(core::unit_from_symbol("furlongs").has_value());
}

TEST_CASE("formatting keeps qualifiers and ranges") {
  CHECK(core::format_quantity(Quantity{24, {}, Unit::GB}) == "24 GB");
  CHECK(core::format_quantity(Quantity{120, {}, Unit::TFLOPS, 0, core::Qualifier::approximate}) == "~120 TFLOPS");
  CHECK(core::format_quantity(Quantity{16, 20.0, Unit::GB, 0, core::Qualifier::range}) == "16-20 GB");
  CHECK(core::format_quantity(Quantity{2.9, {}, Unit::times, 1}) == "2.9\xC3\x97");
  CHECK(core::format_number(300.10) == "300.1");
  CHECK(core::convert(1008e9, Unit::TB_per_s) == Approx(1.008));
}
