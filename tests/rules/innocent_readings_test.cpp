// Innocent readings: each reading that must explain a value away, and plain errors that must stay errors.
#include <catch2/catch.hpp>

#include "rules/innocent_readings.h"
#include "tests/rules/fixture_catalog.h"

namespace {

extract::Claim value(const std::string& gpu, const std::string& field, double number, core::Unit unit) {
  extract::Claim c;
  c.field = field;
  c.gpu.id = gpu;
  c.gpu.attributed_by = extract::Attribution::same_clause;
  c.quantity = core::Quantity{number, std::nullopt, unit, 0, core::Qualifier::exact};
  c.confidence = 0.9;
  return c;
}

}  // namespace

TEST_CASE("a plainly wrong value has no innocent reading") {
  auto c = value(fixture::kL4, "memory_size", 16, core::Unit::GB);
  c.nearby_gpus = {fixture::kL4, fixture::k4070};
  c.sentence_gpus = {fixture::kL4, fixture::k4070};
  CHECK_FALSE(rules::innocent_reading(c, fixture::test_catalog()));
}

TEST_CASE("an unsure attribution is never an error") {
  auto c = value(fixture::kL4, "memory_size", 16, core::Unit::GB);
  c.confidence = 0.36;
  c.confidence_reason = "the figure follows a comparison word after its GPU";
  auto r = rules::innocent_reading(c, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "low_confidence");
  CHECK(rules::describe(*r).find("comparison word") != std::string::npos);
}

TEST_CASE("a system figure that is N times the GPU's value is explained with N") {
  auto c = value(fixture::kL4, "memory_size", 192, core::Unit::GB);
  c.scope = "system";
  auto r = rules::innocent_reading(c, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "system");
  CHECK(r->explanation.find("8 GPUs") != std::string::npos);
}

TEST_CASE("per-unit, difference and per-watt figures are not totals") {
  for (std::string scope : {"per_unit", "difference", "ratio_unit"}) {
    auto c = value(fixture::k4090, "tdp", 50, core::Unit::W);
    c.scope = scope;
    auto r = rules::innocent_reading(c, fixture::test_catalog());
    REQUIRE(r);
    CHECK(r->kind == scope);
  }
}

TEST_CASE("a value right for another GPU of the sentence is explained, unless a table or possessive owns it") {
  auto c = value(fixture::kL4, "tdp", 200, core::Unit::W);
  c.sentence_gpus = {fixture::kL4, fixture::k4070};
  c.nearby_gpus = c.sentence_gpus;
  auto r = rules::innocent_reading(c, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "other_gpu");
  CHECK(r->gpu == fixture::k4070);

  c.gpu.attributed_by = extract::Attribution::table_header;
  CHECK_FALSE(rules::innocent_reading(c, fixture::test_catalog()));
  c.gpu.attributed_by = extract::Attribution::possessive;
  CHECK_FALSE(rules::innocent_reading(c, fixture::test_catalog()));
}

TEST_CASE("page subjects count as other GPUs only for weakly attributed claims") {
  auto c = value(fixture::kL4, "tdp", 200, core::Unit::W);
  c.nearby_gpus = {fixture::kL4, fixture::k4070};  // on the page, not in the sentence
  CHECK_FALSE(rules::innocent_reading(c, fixture::test_catalog()));
  c.confidence = 0.6;
  auto r = rules::innocent_reading(c, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "other_gpu");
}

TEST_CASE("a throughput without its precision is explained by any rate the catalog cannot rule out") {
  // A datacenter part is quoted at whichever tensor rate the page sells.
  auto dc = value(fixture::kL4, "fp32_tflops", 120, core::Unit::TFLOPS);
  dc.precision_unnamed = true;
  auto r = rules::innocent_reading(dc, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "unnamed_precision");
  // A consumer card whose tensor rates the catalog lacks may be quoted at one of them.
  auto consumer = value(fixture::k4070, "fp32_tflops", 58, core::Unit::TFLOPS);
  consumer.precision_unnamed = true;
  r = rules::innocent_reading(consumer, fixture::test_catalog());
  REQUIRE(r);
  CHECK(r->kind == "unnamed_precision");
  // Once the precision is named, the figure is that precision's and nothing excuses it.
  consumer.precision_unnamed = false;
  CHECK_FALSE(rules::innocent_reading(consumer, fixture::test_catalog()));
}
