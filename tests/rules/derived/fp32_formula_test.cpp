// Tests of derived-fp32-formula (rules/derived/fp32_formula.cpp): FP32 = 2 x cores x boost, FP64 at a stated 1:N ratio.
#include <catch2/catch.hpp>

#include "rules/derived/fp32_formula.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const std::vector<extract::Claim>& claims) {
  static const rules::Fp32Formula rule;
  return run(rule, doc, claims);
}

std::vector<extract::Claim> cores_and_clock(const Doc& doc) {
  return {doc.value(gpu(k4070), "cuda_cores", q(5888, Unit::none), "5888"),
          doc.value(gpu(k4070), "boost_clock", q(2475, Unit::MHz), "2475 MHz")};
}

}  // namespace

TEST_CASE("fp32-formula: cores x clock x 2 that gives the stated FP32 does not fire", "[rules][derived]") {
  Doc doc("RTX 4070: 5888 cores at 2475 MHz, 29.1 TFLOPS FP32.");
  auto claims = cores_and_clock(doc);
  claims.push_back(doc.value(gpu(k4070), "fp32_tflops", q(29.1, Unit::TFLOPS, 1), "29.1 TFLOPS"));
  CHECK(check(doc, claims).empty());
}

TEST_CASE("fp32-formula: a stated FP32 the cores and clock do not give fires", "[rules][derived]") {
  Doc doc("RTX 4070: 5888 cores at 2475 MHz, 35 TFLOPS FP32.");
  auto claims = cores_and_clock(doc);
  claims.push_back(doc.value(gpu(k4070), "fp32_tflops", q(35, Unit::TFLOPS), "35 TFLOPS"));
  auto f = check(doc, claims);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "derived-fp32-formula");
  CHECK(f[0].severity == core::Severity::error);
  CHECK(f[0].verdict == core::Verdict::inconsistent);
  CHECK(f[0].gpu == k4070);
  CHECK(f[0].field == "fp32_tflops");
  CHECK(f[0].expected == "29.15 TFLOPS");
  CHECK(f[0].message == "The article's own figures give 29.15 TFLOPS (2 x 5888 cores x 2475 MHz), not 35 TFLOPS");
  CHECK(f[0].span.begin == doc.span_of("35 TFLOPS").begin);
}

TEST_CASE("fp32-formula: dual-issue GPUs use the FLOPs per core per clock the catalog's figures give", "[rules][derived]") {
  SECTION("6144 stream processors at 2498 MHz give 61.4 TFLOPS on RDNA 3") {
    Doc doc("RX 7900 XTX: 6144 stream processors, 2498 MHz boost, 61.4 TFLOPS.");
    CHECK(check(doc, {doc.value(gpu(k7900Xtx), "cuda_cores", q(6144, Unit::none), "6144"),
                      doc.value(gpu(k7900Xtx), "boost_clock", q(2498, Unit::MHz), "2498 MHz"),
                      doc.value(gpu(k7900Xtx), "fp32_tflops", q(61.4, Unit::TFLOPS, 1), "61.4 TFLOPS")})
              .empty());
  }
  SECTION("and half of it is inconsistent") {
    Doc doc("RX 7900 XTX: 6144 stream processors, 2498 MHz boost, 30.7 TFLOPS.");
    auto f = check(doc, {doc.value(gpu(k7900Xtx), "cuda_cores", q(6144, Unit::none), "6144"),
                         doc.value(gpu(k7900Xtx), "boost_clock", q(2498, Unit::MHz), "2498 MHz"),
                         doc.value(gpu(k7900Xtx), "fp32_tflops", q(30.7, Unit::TFLOPS, 1), "30.7 TFLOPS")});
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "61.39 TFLOPS");
    CHECK(f[0].message == "The article's own figures give 61.39 TFLOPS (4 x 6144 cores x 2498 MHz), not 30.7 TFLOPS");
  }
}

TEST_CASE("fp32-formula: FP64 at the ratio stated beside it", "[rules][derived]") {
  SECTION("agrees") {
    Doc doc("RTX 4070: 29.15 TFLOPS FP32, 0.455 TFLOPS (1:64) FP64.");
    CHECK(check(doc, {doc.value(gpu(k4070), "fp32_tflops", q(29.15, Unit::TFLOPS, 2), "29.15 TFLOPS"),
                      doc.value(gpu(k4070), "fp64_tflops", q(0.455, Unit::TFLOPS, 3), "0.455 TFLOPS")})
              .empty());
  }
  SECTION("does not agree") {
    Doc doc("RTX 4070: 29.15 TFLOPS FP32, 0.91 TFLOPS (1:64) FP64.");
    auto f = check(doc, {doc.value(gpu(k4070), "fp32_tflops", q(29.15, Unit::TFLOPS, 2), "29.15 TFLOPS"),
                         doc.value(gpu(k4070), "fp64_tflops", q(0.91, Unit::TFLOPS, 2), "0.91 TFLOPS")});
    REQUIRE(f.size() == 1);
    CHECK(f[0].field == "fp64_tflops");
    CHECK(f[0].expected == "455.5 GFLOPS");
    CHECK(f[0].message == "At the stated 1:64 ratio, 29.15 TFLOPS FP32 gives 455.5 GFLOPS FP64, not 0.91 TFLOPS");
  }
  SECTION("no stated ratio: nothing to check") {
    Doc doc("RTX 4070: 29.15 TFLOPS FP32, 0.91 TFLOPS FP64.");
    CHECK(check(doc, {doc.value(gpu(k4070), "fp32_tflops", q(29.15, Unit::TFLOPS, 2), "29.15 TFLOPS"),
                      doc.value(gpu(k4070), "fp64_tflops", q(0.91, Unit::TFLOPS, 2), "0.91 TFLOPS")})
              .empty());
  }
}

TEST_CASE("fp32-formula: missing operands or another GPU's figure", "[rules][derived]") {
  Doc doc("RTX 4070: 5888 cores at 2475 MHz; L4: 35 TFLOPS FP32.");
  CHECK(check(doc, cores_and_clock(doc)).empty());
  auto claims = cores_and_clock(doc);
  claims.push_back(doc.value(gpu(kL4), "fp32_tflops", q(35, Unit::TFLOPS), "35 TFLOPS"));
  CHECK(check(doc, claims).empty());
}
