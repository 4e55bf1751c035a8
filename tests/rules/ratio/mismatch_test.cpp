// Tests of ratio-mismatch (rules/ratio/mismatch.cpp): "N x" and "a/b of" against stated numbers, else the catalog.
#include <catch2/catch.hpp>

#include "rules/ratio/mismatch.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Qualifier;
using core::Unit;
using extract::ClaimKind;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::RatioMismatch rule;
  return run(rule, doc, {claim});
}

// "<subject> has <factor> the <field> of <other>", with the sentence's own numbers when given.
extract::Claim ratio(const Doc& doc, const std::string& field, core::Quantity factor, extract::Operand subject,
                     extract::Operand other) {
  auto c = doc.relation(ClaimKind::ratio, field, "", std::move(subject), std::move(other), doc.source().bytes());
  c.factor = factor;
  return c;
}

core::Quantity times(double v, int decimals = 0, Qualifier qualifier = Qualifier::exact) {
  return q(v, Unit::times, decimals, qualifier);
}

core::Quantity fraction(double num, double den) { return q(num / den, Unit::fraction, 2); }

}  // namespace

TEST_CASE("ratio: a factor the stated numbers do not give fires", "[rules][ratio]") {
  Doc doc("The RTX 4070 draws 4x the power of the L4 (230 W vs 72 W).");
  auto f = check(doc, ratio(doc, "tdp", times(4), operand(gpu(k4070), q(230, Unit::W)), operand(gpu(kL4), q(72, Unit::W))));
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "ratio-mismatch");
  CHECK(f[0].severity == core::Severity::error);
  CHECK(f[0].verdict == core::Verdict::inconsistent);
  CHECK(f[0].gpu == k4070);
  CHECK(f[0].field == "ratio");
  CHECK(f[0].expected == "3.19\xC3\x97");
  CHECK(f[0].suggestion == "3.2\xC3\x97");
  CHECK(f[0].message == "NVIDIA GeForce RTX 4070 vs NVIDIA L4: the ratio is 3.19\xC3\x97 (230 W / 72 W as stated), not 4\xC3\x97");
  CHECK(f[0].evidence.empty());
}

TEST_CASE("ratio: factors within their precision do not fire", "[rules][ratio]") {
  Doc doc("A ratio sentence.");
  SECTION("2.5x for 2.56") {
    CHECK(check(doc, ratio(doc, "tdp", times(2.5, 1), operand(gpu(k4070), q(640, Unit::W)),
                           operand(gpu(kL4), q(250, Unit::W))))
              .empty());
  }
  SECTION("~3x for 3.02") {
    CHECK(check(doc, ratio(doc, "memory_bandwidth", times(3, 0, Qualifier::approximate),
                           operand(gpu(k4090), q(906, Unit::GB_per_s)), operand(gpu(kL4), q(300, Unit::GB_per_s))))
              .empty());
  }
  SECTION("1/3 for 120 of 360") {
    CHECK(check(doc, ratio(doc, "compute", fraction(1, 3), operand(gpu(kL4), q(120, Unit::TFLOPS)),
                           operand(gpu(k4090), q(360, Unit::TFLOPS))))
              .empty());
  }
}

TEST_CASE("ratio: factors beyond their precision fire", "[rules][ratio]") {
  Doc doc("A ratio sentence.");
  SECTION("2.5x for 2.9") {
    CHECK(check(doc, ratio(doc, "tdp", times(2.5, 1), operand(gpu(k4070), q(290, Unit::W)),
                           operand(gpu(kL4), q(100, Unit::W))))
              .size() == 1);
  }
  SECTION("~3x for 3.6") {
    CHECK(check(doc, ratio(doc, "memory_bandwidth", times(3, 0, Qualifier::approximate),
                           operand(gpu(k4090), q(1080, Unit::GB_per_s)), operand(gpu(kL4), q(300, Unit::GB_per_s))))
              .size() == 1);
  }
  SECTION("1/3 for 120 of 240") {
    auto f = check(doc, ratio(doc, "compute", fraction(1, 3), operand(gpu(kL4), q(120, Unit::TFLOPS)),
                              operand(gpu(k4090), q(240, Unit::TFLOPS))));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "0.5\xC3\x97");
  }
}

TEST_CASE("ratio: stated numbers of different dimensions are not divided", "[rules][ratio]") {
  Doc doc("The RTX 4070 has 2x the memory clock of the L4 (21 Gbps vs 1313 MHz).");
  CHECK(check(doc, ratio(doc, "memory_clock", times(2), operand(gpu(k4070), q(21, Unit::Gbps)),
                         operand(gpu(kL4), q(1313, Unit::MHz))))
            .empty());
  // With catalog values for the field, those decide, and the finding is a refutation.
  auto f = check(doc, ratio(doc, "memory_bandwidth", times(4), operand(gpu(k4090), q(21, Unit::Gbps)),
                            operand(gpu(kL4), q(1313, Unit::MHz))));
  REQUIRE(f.size() == 1);
  CHECK(f[0].verdict == core::Verdict::refuted);
  CHECK(f[0].expected == "3.36\xC3\x97");
}

TEST_CASE("ratio: the catalog when the sentence states no numbers", "[rules][ratio]") {
  Doc doc("The RTX 4090 has 4x the bandwidth of the L4.");
  SECTION("refuted by the catalog, with evidence") {
    auto f = check(doc, ratio(doc, "memory_bandwidth", times(4), operand(gpu(k4090)), operand(gpu(kL4))));
    REQUIRE(f.size() == 1);
    CHECK(f[0].verdict == core::Verdict::refuted);
    CHECK(f[0].expected == "3.36\xC3\x97");
    CHECK(f[0].message ==
          "NVIDIA GeForce RTX 4090 vs NVIDIA L4: the ratio is 3.36\xC3\x97 (memory bandwidth 1008 GB/s / 300.1 GB/s), not 4\xC3\x97");
    REQUIRE(f[0].evidence.size() == 2);
    CHECK(f[0].evidence[0].gpu == k4090);
    CHECK(f[0].evidence[1].gpu == kL4);
  }
  SECTION("supported by the catalog") {
    CHECK(check(doc, ratio(doc, "memory_bandwidth", times(3.4, 1), operand(gpu(k4090)), operand(gpu(kL4)))).empty());
  }
  SECTION("no values anywhere: no judgement") {
    CHECK(check(doc, ratio(doc, "l2_cache", times(4), operand(gpu(k4090)), operand(gpu(kL4)))).empty());
    CHECK(check(doc, ratio(doc, "memory_bandwidth", times(4), operand(gpu(k4090)), operand(unknown("Foo 9000")))).empty());
  }
  SECTION("a claim without a factor or counterpart is skipped") {
    auto c = ratio(doc, "memory_bandwidth", times(4), operand(gpu(k4090)), operand(gpu(kL4)));
    c.factor.reset();
    CHECK(check(doc, c).empty());
    c = ratio(doc, "memory_bandwidth", times(4), operand(gpu(k4090)), operand(gpu(kL4)));
    c.others.clear();
    CHECK(check(doc, c).empty());
  }
}
