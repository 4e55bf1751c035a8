// Tests of derived-bandwidth-formula (rules/derived/bandwidth_formula.cpp): bandwidth = bus width x data rate / 8 on stated numbers.
#include <catch2/catch.hpp>

#include "rules/derived/bandwidth_formula.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const std::vector<extract::Claim>& claims) {
  static const rules::BandwidthFormula rule;
  return run(rule, doc, claims);
}

}  // namespace

TEST_CASE("bandwidth-formula: stated figures that add up do not fire", "[rules][derived]") {
  Doc doc("RTX 4070: 192-bit bus, 21 Gbps GDDR6X, 504 GB/s.");
  auto bus = doc.value(gpu(k4070), "memory_bus_width", q(192, Unit::bit), "192-bit");
  auto rate = doc.value(gpu(k4070), "memory_data_rate", q(21, Unit::Gbps), "21 Gbps");
  CHECK(check(doc, {bus, rate, doc.value(gpu(k4070), "memory_bandwidth", q(504, Unit::GB_per_s), "504 GB/s")}).empty());
  SECTION("within 2%, and in TB/s at its precision") {
    Doc tb("RTX 4070: 192-bit bus, 21 Gbps GDDR6X, 0.5 TB/s.");
    auto b = tb.value(gpu(k4070), "memory_bus_width", q(192, Unit::bit), "192-bit");
    auto r = tb.value(gpu(k4070), "memory_data_rate", q(21, Unit::Gbps), "21 Gbps");
    CHECK(check(tb, {b, r, tb.value(gpu(k4070), "memory_bandwidth", q(0.5, Unit::TB_per_s, 1), "0.5 TB/s")}).empty());
  }
}

TEST_CASE("bandwidth-formula: stated figures that do not add up fire on the bandwidth", "[rules][derived]") {
  Doc doc("RTX 4070: 192-bit bus, 21 Gbps GDDR6X, 600 GB/s.");
  auto f = check(doc, {doc.value(gpu(k4070), "memory_bus_width", q(192, Unit::bit), "192-bit"),
                       doc.value(gpu(k4070), "memory_data_rate", q(21, Unit::Gbps), "21 Gbps"),
                       doc.value(gpu(k4070), "memory_bandwidth", q(600, Unit::GB_per_s), "600 GB/s")});
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "derived-bandwidth-formula");
  CHECK(f[0].severity == core::Severity::error);
  CHECK(f[0].verdict == core::Verdict::inconsistent);
  CHECK(f[0].gpu == k4070);
  CHECK(f[0].field == "memory_bandwidth");
  CHECK(f[0].claimed == "600 GB/s");
  CHECK(f[0].expected == "504 GB/s");
  CHECK(f[0].message == "The article's own figures give 504 GB/s (192-bit x 21 Gbps / 8), not 600 GB/s");
  CHECK(f[0].span.begin == doc.span_of("600 GB/s").begin);
  REQUIRE(f[0].related.size() == 2);
  CHECK(f[0].related[0].span.begin == doc.span_of("192-bit").begin);
  CHECK(f[0].related[1].span.begin == doc.span_of("21 Gbps").begin);
  CHECK(f[0].related[1].message == "stated here as 21 Gbps");
}

TEST_CASE("bandwidth-formula: what it does not judge", "[rules][derived]") {
  Doc doc("RTX 4070: 192-bit bus, 21 Gbps, ~600 GB/s. L4: 600 GB/s.");
  auto bus = doc.value(gpu(k4070), "memory_bus_width", q(192, Unit::bit), "192-bit");
  auto rate = doc.value(gpu(k4070), "memory_data_rate", q(21, Unit::Gbps), "21 Gbps");
  SECTION("a missing operand") { CHECK(check(doc, {bus, rate}).empty()); }
  SECTION("an approximate bandwidth") {
    auto approx = doc.value(gpu(k4070), "memory_bandwidth", q(600, Unit::GB_per_s, 0, core::Qualifier::approximate),
                            "~600 GB/s");
    CHECK(check(doc, {bus, rate, approx}).empty());
  }
  SECTION("figures of different GPUs") {
    CHECK(check(doc, {bus, rate, doc.value(gpu(kL4), "memory_bandwidth", q(600, Unit::GB_per_s), "600 GB/s", 1)}).empty());
  }
}
