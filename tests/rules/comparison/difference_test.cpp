// Tests of comparison-difference (rules/comparison/difference.cpp).
#include <catch2/catch.hpp>

#include "rules/comparison/difference.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;
using extract::ClaimKind;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::ComparisonDifference rule;
  return run(rule, doc, {claim});
}

extract::Claim by(const Doc& doc, const std::string& field, const std::string& relation, double amount, Unit unit,
                  const extract::GpuRef& a, const extract::GpuRef& b) {
  auto c = doc.relation(ClaimKind::comparison, field, relation, operand(a), operand(b), doc.source().bytes());
  c.difference = q(amount, unit);
  return c;
}

}  // namespace

TEST_CASE("difference: the right amount the right way is silent", "[rules][comparison]") {
  Doc doc("The RTX 4070 has 12 GB less memory than the RTX 4090.");
  CHECK(check(doc, by(doc, "memory_size", "lower", 12, Unit::GB, gpu(k4070), gpu(k4090))).empty());
  CHECK(check(doc, by(doc, "tdp", "lower", 250, Unit::W, gpu(k4070), gpu(k4090))).empty());
}

TEST_CASE("difference: a wrong amount fires with both values", "[rules][comparison]") {
  Doc doc("The RTX 4070 has 1 GB less memory than the RTX 4090.");
  auto f = check(doc, by(doc, "memory_size", "lower", 1, Unit::GB, gpu(k4070), gpu(k4090)));
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "comparison-difference");
  CHECK(f[0].field == "comparison");
  CHECK(f[0].gpu == k4070);
  CHECK(fixture::contains(f[0].message, "has 12 GB less memory size than NVIDIA GeForce RTX 4090 (12 GB vs 24 GB)"));
  CHECK(f[0].evidence.size() == 2);
}

TEST_CASE("difference: the right amount the wrong way fires", "[rules][comparison]") {
  Doc doc("The RTX 4070 has 12 GB more memory than the RTX 4090.");
  CHECK(check(doc, by(doc, "memory_size", "higher", 12, Unit::GB, gpu(k4070), gpu(k4090))).size() == 1);
}

TEST_CASE("difference: unknown GPUs and families whose members differ are not judged", "[rules][comparison]") {
  Doc doc("The RTX 4060 Ti has 2 GB less memory than the RTX 4070.");
  CHECK(check(doc, by(doc, "memory_size", "lower", 2, Unit::GB, family_4060ti(), gpu(k4070))).empty());
  CHECK(check(doc, by(doc, "memory_size", "lower", 2, Unit::GB, unknown("Foo 9000"), gpu(k4070))).empty());
}
