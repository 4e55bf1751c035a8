// Tests of comparison-direction (rules/comparison/direction.cpp) and the values it reads (rules/relation_values.cpp).
#include <catch2/catch.hpp>

#include "rules/comparison/direction.h"
#include "rules/relation_values.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;
using extract::ClaimKind;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::ComparisonDirection rule;
  return run(rule, doc, {claim});
}

extract::Claim compare(const Doc& doc, const std::string& field, const std::string& relation, const extract::GpuRef& a,
                       const extract::GpuRef& b) {
  return doc.relation(ClaimKind::comparison, field, relation, operand(a), operand(b), doc.source().bytes());
}

}  // namespace

TEST_CASE("comparison: a direction the catalog contradicts fires", "[rules][comparison]") {
  Doc doc("The L4 has higher bandwidth than the RTX 4070.");
  auto f = check(doc, compare(doc, "memory_bandwidth", "higher", gpu(kL4), gpu(k4070)));
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "comparison-direction");
  CHECK(f[0].severity == core::Severity::error);
  CHECK(f[0].verdict == core::Verdict::refuted);
  CHECK(f[0].gpu == kL4);
  CHECK(f[0].field == "comparison");
  CHECK(f[0].claimed == doc.source().bytes());
  CHECK(f[0].expected == "300.1 GB/s vs 504.2 GB/s");
  CHECK(f[0].message ==
        "NVIDIA L4 does not have higher memory bandwidth than NVIDIA GeForce RTX 4070: 300.1 GB/s vs 504.2 GB/s");
  REQUIRE(f[0].evidence.size() == 2);
  CHECK(f[0].evidence[0].gpu == kL4);
  CHECK(f[0].evidence[1].gpu == k4070);
}

TEST_CASE("comparison: a direction the catalog supports does not fire", "[rules][comparison]") {
  Doc doc("The L4 has lower bandwidth than the RTX 4070, and the RTX 4070 higher than the L4.");
  CHECK(check(doc, compare(doc, "memory_bandwidth", "lower", gpu(kL4), gpu(k4070))).empty());
  CHECK(check(doc, compare(doc, "memory_bandwidth", "higher", gpu(k4070), gpu(kL4))).empty());
  CHECK(check(doc, compare(doc, "tdp", "lower", gpu(kL4), gpu(k4090))).empty());
}

TEST_CASE("comparison: equal values refute higher", "[rules][comparison]") {
  Doc doc("The L4 has more memory than the A10.");
  auto f = check(doc, compare(doc, "memory_size", "higher", gpu(kL4), gpu(kA10)));
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "24 GB vs 24 GB");
}

TEST_CASE("comparison: process nodes", "[rules][comparison]") {
  Doc doc("The L4 is built on a better process than the RTX 4070.");
  SECTION("an equal process refutes better") {
    auto f = check(doc, compare(doc, "process", "better", gpu(kL4), gpu(k4070)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message ==
          "NVIDIA L4 does not have a better (smaller) process than NVIDIA GeForce RTX 4070: 5 nm vs 5 nm");
  }
  SECTION("a smaller node is better") {
    CHECK(check(doc, compare(doc, "process", "better", gpu(kL4), gpu(kA10))).empty());
    CHECK(check(doc, compare(doc, "process", "better", gpu(kA10), gpu(kL4))).size() == 1);
    CHECK(check(doc, compare(doc, "process", "worse", gpu(kA10), gpu(kL4))).empty());
  }
  SECTION("\"higher process\" says nothing clear") {
    CHECK(check(doc, compare(doc, "process", "higher", gpu(kL4), gpu(kA10))).empty());
  }
}

TEST_CASE("comparison: architecture generations", "[rules][comparison]") {
  Doc doc("The L4 is newer than the RTX 4070.");
  SECTION("the same architecture refutes newer") {
    auto f = check(doc, compare(doc, "architecture", "newer", gpu(kL4), gpu(k4070)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "NVIDIA L4 and NVIDIA GeForce RTX 4070 are both Ada Lovelace");
    CHECK(f[0].expected == "Ada Lovelace vs Ada Lovelace");
    CHECK(f[0].evidence.size() == 2);
  }
  SECTION("an older architecture refutes newer") {
    auto f = check(doc, compare(doc, "architecture", "newer", gpu(kA10), gpu(kL4)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "NVIDIA A10 (Ampere) is not newer than NVIDIA L4 (Ada Lovelace)");
  }
  SECTION("Hopper and Ada Lovelace count as one generation, and the message names both") {
    auto f = check(doc, compare(doc, "architecture", "newer", gpu(kH100), gpu(kL4)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "NVIDIA H100 PCIe (Hopper) and NVIDIA L4 (Ada Lovelace) are the same generation");
    CHECK(f[0].expected == "Hopper vs Ada Lovelace");
  }
  SECTION("true statements") {
    CHECK(check(doc, compare(doc, "architecture", "newer", gpu(kL4), gpu(kA10))).empty());
    CHECK(check(doc, compare(doc, "architecture", "older", gpu(kA10), gpu(kL4))).empty());
  }
}

TEST_CASE("comparison: stated values when the catalog lacks one", "[rules][comparison]") {
  Doc doc("The L4's 48 MB L2 is smaller than the RTX 4070's 36 MB.");
  auto claim_with = [&](const std::string& relation) {
    return doc.relation(ClaimKind::comparison, "l2_cache", relation, operand(gpu(kL4), q(48, Unit::MB)),
                        operand(gpu(k4070), q(36, Unit::MB)), doc.source().bytes());
  };
  SECTION("the stated numbers contradict the direction") {
    auto f = check(doc, claim_with("lower"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message ==
          "NVIDIA L4 does not have lower L2 cache than NVIDIA GeForce RTX 4070: 48 MB vs 36 MB (as the article states them)");
    CHECK(f[0].evidence.empty());
  }
  SECTION("the stated numbers support it") { CHECK(check(doc, claim_with("higher")).empty()); }
  SECTION("nothing stated and nothing in the catalog: no judgement") {
    CHECK(check(doc, compare(doc, "l2_cache", "lower", gpu(kL4), gpu(k4070))).empty());
  }
}

TEST_CASE("comparison: stated values are shown in the unit the article used", "[rules][comparison]") {
  // The L4 has no data rate in the fixture, so the stated memory clocks decide.
  Doc doc("The L4's 1563 MHz memory clock is lower than the RTX 4070's 1313 MHz.");
  auto c = doc.relation(ClaimKind::comparison, "memory_clock", "lower", operand(gpu(kL4), q(1563, Unit::MHz)),
                        operand(gpu(k4070), q(1313, Unit::MHz)), doc.source().bytes());
  auto f = check(doc, c);
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "1563 MHz vs 1313 MHz");
  CHECK(f[0].message == "NVIDIA L4 does not have lower memory clock than NVIDIA GeForce RTX 4070: 1563 MHz vs 1313 MHz "
                        "(as the article states them)");
}

TEST_CASE("comparison: stated values of different dimensions are not compared", "[rules][comparison]") {
  Doc doc("The L4's 1563 MHz memory is slower than the RTX 4070's 21 Gbps.");
  auto c = doc.relation(ClaimKind::comparison, "memory_clock", "lower", operand(gpu(kL4), q(1563, Unit::MHz)),
                        operand(gpu(k4070), q(21, Unit::Gbps)), doc.source().bytes());
  c.relation = "higher";  // 1.563e9 Hz vs 21e9 bit/s would "refute" it
  CHECK(check(doc, c).empty());
}

TEST_CASE("comparison: the catalog's values win over the sentence's", "[rules][comparison]") {
  Doc doc("The L4 (600 GB/s) beats the RTX 4070 (500 GB/s) on bandwidth.");
  auto c = doc.relation(ClaimKind::comparison, "memory_bandwidth", "higher", operand(gpu(kL4), q(600, Unit::GB_per_s)),
                        operand(gpu(k4070), q(500, Unit::GB_per_s)), doc.source().bytes());
  auto f = check(doc, c);
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "300.1 GB/s vs 504.2 GB/s");
}

TEST_CASE("comparison: families, vague compute and unknown GPUs", "[rules][comparison]") {
  Doc doc("The RTX 4060 Ti has more bandwidth than the RTX 4070.");
  SECTION("a family value its members share is used") {
    auto f = check(doc, compare(doc, "memory_bandwidth", "higher", family_4060ti(), gpu(k4070)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].gpu == k4060TiFamily);
    CHECK(fixture::contains(f[0].message, "NVIDIA GeForce RTX 4060 Ti does not have higher memory bandwidth"));
  }
  SECTION("a family whose members differ holds when any member bears the comparison out") {
    // 16 GB > the RTX 4070's 12 GB though 8 GB is not: some RTX 4060 Ti has more memory.
    CHECK(check(doc, compare(doc, "memory_size", "higher", family_4060ti(), gpu(k4070))).empty());
    // Neither 8 nor 16 GB is more than the A10's 24 GB.
    auto f = check(doc, compare(doc, "memory_size", "higher", family_4060ti(), gpu(kA10)));
    REQUIRE(f.size() == 1);
    CHECK(fixture::contains(f[0].message, "does not have higher memory size"));
  }
  SECTION("compute reads FP32") {
    CHECK(check(doc, compare(doc, "compute", "higher", gpu(kA10), gpu(k4070))).empty());
    auto f = check(doc, compare(doc, "compute", "higher", gpu(k4070), gpu(kA10)));
    REQUIRE(f.size() == 1);
    CHECK(fixture::contains(f[0].message, "does not have higher FP32 throughput than NVIDIA A10"));
  }
  SECTION("an unknown GPU is not judged") {
    CHECK(check(doc, compare(doc, "memory_bandwidth", "higher", gpu(kL4), unknown("Foo 9000"))).empty());
    CHECK(check(doc, compare(doc, "memory_bandwidth", "higher", unknown("Foo 9000"), gpu(kL4))).empty());
  }
}

TEST_CASE("relation values: catalog numbers in base units", "[rules][comparison]") {
  const auto& cat = test_catalog();
  CHECK(rules::catalog_number(cat, gpu(kL4), "memory_bandwidth") == Approx(300.1e9));
  CHECK(rules::catalog_number(cat, family_4060ti(), "memory_bandwidth") == Approx(288e9));
  CHECK_FALSE(rules::catalog_number(cat, family_4060ti(), "memory_size").has_value());
  CHECK_FALSE(rules::catalog_number(cat, gpu(kL4), "l2_cache").has_value());
  CHECK(rules::fields_for("compute") == std::vector<std::string>{"fp32_tflops", "fp16_tensor_tflops"});
  CHECK(rules::display_name(cat, family_4060ti()) == "NVIDIA GeForce RTX 4060 Ti");
  CHECK(rules::display_name(cat, unknown("Foo 9000")) == "Foo 9000");
  CHECK(rules::catalog_gpu(cat, family_4060ti()) == nullptr);
}
