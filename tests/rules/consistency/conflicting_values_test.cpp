// Tests of consistency-conflicting-values (rules/consistency/conflicting_values.cpp): two values for one GPU and field.
#include <catch2/catch.hpp>

#include "rules/consistency/conflicting_values.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const std::vector<extract::Claim>& claims) {
  static const rules::ConflictingValues rule;
  return run(rule, doc, claims);
}

}  // namespace

TEST_CASE("conflicting-values: a field the catalog lacks, given twice differently, fires once", "[rules][consistency]") {
  Doc doc("L4 has 48 MB of L2.\nLater: L4's 64 MB L2 cache.\nAnd again 96 MB.");
  auto f = check(doc, {doc.value(gpu(kL4), "l2_cache", q(48, Unit::MB), "48 MB"),
                       doc.value(gpu(kL4), "l2_cache", q(64, Unit::MB), "64 MB"),
                       doc.value(gpu(kL4), "l2_cache", q(96, Unit::MB), "96 MB")});
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "consistency-conflicting-values");
  CHECK(f[0].severity == core::Severity::warning);
  CHECK(f[0].verdict == core::Verdict::inconsistent);
  CHECK(f[0].gpu == kL4);
  CHECK(f[0].field == "l2_cache");
  CHECK(f[0].claimed == "64 MB");
  CHECK(f[0].expected == "48 MB");
  CHECK(f[0].begin.line == 2);
  CHECK(f[0].message == "The L2 cache of NVIDIA L4 is given as 64 MB here and 48 MB earlier");
  REQUIRE(f[0].related.size() == 1);
  CHECK(f[0].related[0].span.begin == doc.span_of("48 MB").begin);
  CHECK(f[0].related[0].position.line == 1);
  CHECK(f[0].related[0].position.column == 8);
  CHECK(f[0].related[0].message == "first given as 48 MB");
}

TEST_CASE("conflicting-values: text values", "[rules][consistency]") {
  Doc doc("The A10 uses PCIe 4.0 x16. Elsewhere: PCIe 5.0 x16. Again: pcie 4.0 X16.");
  auto first = doc.text(gpu(kA10), "interface", "PCIe 4.0 x16", "PCIe 4.0 x16");
  SECTION("different spellings of one value do not fire") {
    CHECK(check(doc, {first, doc.text(gpu(kA10), "interface", "pcie 4.0 X16", "pcie 4.0 X16")}).empty());
  }
  SECTION("different values fire") {
    auto f = check(doc, {first, doc.text(gpu(kA10), "interface", "PCIe 5.0 x16", "PCIe 5.0 x16")});
    REQUIRE(f.size() == 1);
    CHECK(f[0].claimed == "PCIe 5.0 x16");
  }
}

TEST_CASE("conflicting-values: what does not fire", "[rules][consistency]") {
  Doc doc("L4 has 24 GB. L4 has 16 GB. L4: 48 MB L2, 48.0 MB L2, ~50 MB L2. A10 has 6 MB L2. Foo 9000: 1 MB, 2 MB. "
          "RTX 4060 Ti 8 MB, 9 MB.");
  SECTION("the catalog knows the field: catalog-value-mismatch says which one is wrong") {
    CHECK(check(doc, {doc.value(gpu(kL4), "memory_size", q(24, Unit::GB), "24 GB"),
                      doc.value(gpu(kL4), "memory_size", q(16, Unit::GB), "16 GB")})
              .empty());
  }
  SECTION("memory clocks the catalog judges against the data rate: two conventions are not a conflict") {
    Doc clocks("RTX 4070 memory: 1313 MHz, or 2625 MHz.");
    CHECK(check(clocks, {clocks.value(gpu(k4070), "memory_clock", q(1313, Unit::MHz), "1313 MHz"),
                         clocks.value(gpu(k4070), "memory_clock", q(2625, Unit::MHz), "2625 MHz")})
              .empty());
  }
  SECTION("one value at two precisions") {
    CHECK(check(doc, {doc.value(gpu(kL4), "l2_cache", q(48, Unit::MB), "48 MB"),
                      doc.value(gpu(kL4), "l2_cache", q(48.0, Unit::MB, 1), "48.0 MB")})
              .empty());
  }
  SECTION("approximate values are not compared") {
    CHECK(check(doc, {doc.value(gpu(kL4), "l2_cache", q(48, Unit::MB), "48 MB"),
                      doc.value(gpu(kL4), "l2_cache", q(50, Unit::MB, 0, core::Qualifier::approximate), "~50 MB")})
              .empty());
  }
  SECTION("different GPUs") {
    CHECK(check(doc, {doc.value(gpu(kL4), "l2_cache", q(48, Unit::MB), "48 MB"),
                      doc.value(gpu(kA10), "l2_cache", q(6, Unit::MB), "6 MB")})
              .empty());
  }
  SECTION("unknown GPUs and families") {
    CHECK(check(doc, {doc.value(unknown("Foo 9000"), "l2_cache", q(1, Unit::MB), "1 MB"),
                      doc.value(unknown("Foo 9000"), "l2_cache", q(2, Unit::MB), "2 MB")})
              .empty());
    CHECK(check(doc, {doc.value(family_4060ti(), "l2_cache", q(8, Unit::MB), "8 MB"),
                      doc.value(family_4060ti(), "l2_cache", q(9, Unit::MB), "9 MB")})
              .empty());
  }
}
