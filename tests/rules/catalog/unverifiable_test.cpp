// Tests of catalog-unverifiable (rules/catalog/unverifiable.cpp): unknown GPUs and fields are info, never guessed.
#include <catch2/catch.hpp>

#include "rules/catalog/unverifiable.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const std::vector<extract::Claim>& claims) {
  static const rules::Unverifiable rule;
  return run(rule, doc, claims);
}

}  // namespace

TEST_CASE("unverifiable: a GPU the catalog does not list is info", "[rules][catalog]") {
  Doc doc("The Foo 9000 has 99 GB of memory.");
  auto f = check(doc, {doc.value(unknown("Foo 9000"), "memory_size", q(99, Unit::GB), "99 GB")});
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "catalog-unverifiable");
  CHECK(f[0].severity == core::Severity::info);
  CHECK(f[0].verdict == core::Verdict::unverifiable);
  CHECK(f[0].field == "memory_size");
  CHECK(f[0].gpu.empty());
  CHECK(f[0].claimed == "99 GB");
  CHECK(f[0].expected.empty());
  CHECK(f[0].message == "\"Foo 9000\" is not in the catalog; 99 GB was not checked");
  CHECK(f[0].begin.column == 18);
}

TEST_CASE("unverifiable: a field the catalog has no value for is info", "[rules][catalog]") {
  Doc doc("L4 has 96 MB of L2 cache.");
  auto f = check(doc, {doc.value(gpu(kL4), "l2_cache", q(96, Unit::MB), "96 MB")});
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == core::Severity::info);
  CHECK(f[0].verdict == core::Verdict::unverifiable);
  CHECK(f[0].gpu == kL4);
  CHECK(f[0].field == "l2_cache");
  CHECK(f[0].message == "The catalog has no L2 cache for NVIDIA L4; 96 MB was not checked");
}

TEST_CASE("unverifiable: a family field no member has names the family", "[rules][catalog]") {
  Doc doc("The RTX 4060 Ti draws 160 W.");
  auto f = check(doc, {doc.value(family_4060ti(), "tdp", q(160, Unit::W), "160 W")});
  REQUIRE(f.size() == 1);
  CHECK(f[0].gpu == k4060TiFamily);
  CHECK(fixture::contains(f[0].message, "The catalog has no TDP for"));
}

TEST_CASE("unverifiable: known values and non-value claims are not reported", "[rules][catalog]") {
  Doc doc("L4 has 24 GB, wrong or right. RTX 4070 memory runs at 1313 MHz. Someone has 5 GB.");
  std::vector<extract::Claim> claims{
      doc.value(gpu(kL4), "memory_size", q(24, Unit::GB), "24 GB"),
      // a memory clock is judged against the data rate when the catalog has no clock
      doc.value(gpu(k4070), "memory_clock", q(1313, Unit::MHz), "1313 MHz"),
      // a family field any member has is known
      doc.value(family_4060ti(), "memory_size", q(24, Unit::GB), "24 GB"),
      // no GPU named at all: nothing to say
      doc.value(extract::GpuRef{}, "memory_size", q(5, Unit::GB), "5 GB"),
  };
  auto comparison = doc.value(unknown("Foo 9000"), "memory_size", q(5, Unit::GB), "5 GB");
  comparison.kind = extract::ClaimKind::comparison;
  claims.push_back(comparison);
  CHECK(check(doc, claims).empty());
}
