// Tests of catalog-feature-mismatch (rules/catalog/feature_mismatch.cpp): own fields, architecture facts, unknowns, innocent readings.
#include <catch2/catch.hpp>

#include "rules/catalog/feature_mismatch.h"
#include "rules/catalog/value_mismatch.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;

namespace {

extract::Claim feature(const Doc& doc, const std::string& id, const std::string& name, const std::string& field, bool supports,
                       std::string_view needle) {
  auto c = doc.text(gpu(id), field, supports ? "yes" : "no", needle);
  c.feature = name;
  c.supports = supports;
  return c;
}

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::FeatureMismatch rule;
  return run(rule, doc, {claim});
}

}  // namespace

TEST_CASE("feature-mismatch: a feature the GPU's record contradicts is an error", "[rules][catalog]") {
  SECTION("no NVLink for a GPU with NVLink 4") {
    Doc doc("The H100 PCIe has no NVLink.");
    auto f = check(doc, feature(doc, kH100, "NVLink", "interconnect", false, "has no NVLink"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "catalog-feature-mismatch");
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].field == "interconnect");
    CHECK(f[0].expected == "NVLink (NVLink 4)");
    CHECK(f[0].suggestion == "has NVLink");
    CHECK(contains(f[0].message, "NVIDIA H100 PCIe has NVLink (catalog: NVLink 4)"));
    REQUIRE(f[0].evidence.size() == 1);
    CHECK(f[0].evidence[0].url == "https://example.com/nvidia-h100-pcie");
  }
  SECTION("NVLink for a GPU whose interconnect is none") {
    Doc doc("The L4 supports NVLink.");
    auto f = check(doc, feature(doc, kL4, "NVLink", "interconnect", true, "supports NVLink"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "no NVLink");
    CHECK(f[0].suggestion == "has no NVLink");
  }
  SECTION("no MIG for a GPU with 7 instances") {
    Doc doc("The H100 PCIe does not support MIG.");
    CHECK(check(doc, feature(doc, kH100, "MIG", "mig_instances", false, "does not support MIG")).size() == 1);
  }
}

TEST_CASE("feature-mismatch: the architecture's facts judge a GPU its record leaves open", "[rules][catalog]") {
  Doc doc("The A10 supports FP8.");
  auto f = check(doc, feature(doc, kA10, "FP8", "fp8_tensor_tflops", true, "supports FP8"));
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "NVIDIA A10 has no FP8 (catalog: none)"));
  REQUIRE(f[0].evidence.size() == 1);
  CHECK(f[0].evidence[0].url == "https://example.com/ampere.pdf");
  CHECK(contains(f[0].evidence[0].detail, "no FP8 Tensor Cores"));
}

TEST_CASE("feature-mismatch: agreeing and undecidable claims are silent", "[rules][catalog]") {
  Doc doc("The H100 PCIe supports NVLink and FP8. The L4 has no NVLink. The A10 has no FP8. The RTX 4070 has ECC.");
  CHECK(check(doc, feature(doc, kH100, "NVLink", "interconnect", true, "supports NVLink")).empty());
  CHECK(check(doc, feature(doc, kH100, "FP8", "fp8_tensor_tflops", true, "FP8")).empty());
  CHECK(check(doc, feature(doc, kL4, "NVLink", "interconnect", false, "has no NVLink")).empty());
  CHECK(check(doc, feature(doc, kA10, "FP8", "fp8_tensor_tflops", false, "has no FP8")).empty());
  CHECK(check(doc, feature(doc, k4070, "ECC memory", "ecc", true, "has ECC")).empty());  // the catalog does not say
}

TEST_CASE("feature-mismatch: a weakly attributed claim is explained, not an error", "[rules][catalog]") {
  Doc doc("It supports NVLink.");
  auto c = feature(doc, kL4, "NVLink", "interconnect", true, "supports NVLink");
  c.confidence = 0.3;
  c.confidence_reason = "named only by the page";
  auto f = check(doc, c);
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == core::Severity::info);
  CHECK(f[0].verdict == core::Verdict::explained);
  CHECK(contains(f[0].reading, "low_confidence"));
}

TEST_CASE("feature claims are not value claims: catalog-value-mismatch leaves them alone", "[rules][catalog]") {
  Doc doc("The H100 PCIe has no NVLink.");
  static const rules::ValueMismatch value_rule;
  CHECK(run(value_rule, doc, {feature(doc, kH100, "NVLink", "interconnect", false, "has no NVLink")}).empty());
}
