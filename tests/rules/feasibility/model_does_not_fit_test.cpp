// Tests of feasibility-model-does-not-fit (rules/feasibility/model_does_not_fit.cpp): weights alone vs stated or catalog memory.
#include <catch2/catch.hpp>

#include "rules/feasibility/model_does_not_fit.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::ModelDoesNotFit rule;
  return run(rule, doc, {claim});
}

extract::Claim fits(const Doc& doc, const extract::GpuRef& gpu, double billions, double bits,
                    std::optional<core::Quantity> memory, const std::string& needle) {
  extract::Claim c;
  c.kind = extract::ClaimKind::feasibility;
  c.field = "feasibility";
  c.gpu = gpu;
  c.model_params_billion = billions;
  c.bits_per_weight = bits;
  c.memory = memory;
  c.span = doc.span_of(needle);
  c.text = needle;
  return c;
}

}  // namespace

TEST_CASE("feasibility: a model whose weights exceed the stated memory fires", "[rules][feasibility]") {
  Doc doc("Its 24 GB fits 70B Q4 with room to spare.");
  auto f = check(doc, fits(doc, unknown("a card"), 70, 4, q(24, Unit::GB), "70B Q4"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "feasibility-model-does-not-fit");
  CHECK(f[0].severity == core::Severity::error);
  CHECK(f[0].verdict == core::Verdict::refuted);
  CHECK(f[0].field == "feasibility");
  CHECK(f[0].claimed == "70B Q4");
  CHECK(f[0].expected == "needs at least 35 GB");
  CHECK(f[0].message == "70B parameters at 4 bits need 35 GB for the weights alone (70e9 x 4 / 8 bytes, before KV cache "
                        "and runtime), more than the 24 GB as stated");
  CHECK(f[0].evidence.empty());
  CHECK(f[0].begin.column == 16);
}

TEST_CASE("feasibility: a model that fits does not fire", "[rules][feasibility]") {
  Doc doc("Its 24 GB fits 13B Q4, and 48B Q4 just fits.");
  CHECK(check(doc, fits(doc, unknown("a card"), 13, 4, q(24, Unit::GB), "13B Q4")).empty());
  CHECK(check(doc, fits(doc, unknown("a card"), 48, 4, q(24, Unit::GB), "48B Q4")).empty());  // exactly 24 GB
  CHECK(check(doc, fits(doc, gpu(kL4), 13, 4, std::nullopt, "13B Q4")).empty());
}

TEST_CASE("feasibility: the catalog's memory when the sentence states none", "[rules][feasibility]") {
  Doc doc("The L4 runs 70B at 4-bit.");
  auto f = check(doc, fits(doc, gpu(kL4), 70, 4, std::nullopt, "70B at 4-bit"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].gpu == kL4);
  CHECK(fixture::contains(f[0].message, "more than the 24 GB of NVIDIA L4"));
  REQUIRE(f[0].evidence.size() == 1);
  CHECK(f[0].evidence[0].gpu == kL4);
  CHECK(f[0].evidence[0].field == "memory_size");
}

TEST_CASE("feasibility: the stated memory wins over the catalog's", "[rules][feasibility]") {
  Doc doc("Two L4s' 48 GB fit 70B at 4-bit.");
  CHECK(check(doc, fits(doc, gpu(kL4), 70, 4, q(48, Unit::GB), "70B at 4-bit")).empty());
}

TEST_CASE("feasibility: nothing to judge against", "[rules][feasibility]") {
  Doc doc("It runs 70B at 4-bit.");
  SECTION("no GPU and no stated memory") {
    CHECK(check(doc, fits(doc, extract::GpuRef{}, 70, 4, std::nullopt, "70B at 4-bit")).empty());
  }
  SECTION("a family whose members differ in memory") {
    CHECK(check(doc, fits(doc, family_4060ti(), 70, 4, std::nullopt, "70B at 4-bit")).empty());
  }
  SECTION("no precision stated") {
    CHECK(check(doc, fits(doc, gpu(kL4), 70, 0, std::nullopt, "70B at 4-bit")).empty());
  }
}
