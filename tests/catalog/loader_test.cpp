// Tests catalog/loader.cpp: a clean catalog loads whole, missing dirs and stray files are errors, checks are pluggable.
#include <catch2/catch.hpp>

#include "fixture_catalog.h"

TEST_CASE("the valid fixture catalog loads with no problems") {
  auto result = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  for (const auto& e : result.errors) INFO(e.format());
  CHECK(result.errors.empty());
  CHECK(result.catalog.gpus().size() == 4);
  CHECK(result.catalog.families().size() == 1);
  const catalog::Gpu* l4 = result.catalog.find("nvidia-l4");
  REQUIRE(l4);
  CHECK(l4->path == catalog_test::fixture_dir("valid") + "/nvidia/nvidia-l4.json");
  const catalog::FieldValue* sm = l4->field("sm_count");
  REQUIRE(sm);
  CHECK(sm->number() == 58);
  CHECK(sm->position.line == 23);
  CHECK(sm->position.column == 27);
  CHECK(sm->note == "TechPowerUp lists 60 SMs; the device reports 58");
  const catalog::FieldValue* process = l4->field("process");
  REQUIRE(process);
  CHECK(process->node == "TSMC 4N");
  REQUIRE(process->also_accepted.size() == 1);
  CHECK(std::get<double>(process->also_accepted[0]) == 4);
  const catalog::FieldValue* tensor = l4->field("fp16_tensor_tflops");
  REQUIRE(tensor);
  CHECK(tensor->sparse == 242);
  const catalog::SourceRef* src = l4->source_of(*sm);
  REQUIRE(src);
  CHECK(src->kind == catalog::SourceKind::measured);
  CHECK(src->tool == "nvidia-smi -q");
}

TEST_CASE("a missing catalog directory is one 'unavailable' error") {
  auto result = catalog::load_catalog(catalog_test::fixture_dir("does-not-exist"));
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].code == core::ErrorCode::unavailable);
  CHECK(result.errors[0].message == "catalog directory not found");
}

TEST_CASE("extra checks run after the built-in ones and their errors are reported with the rest") {
  auto checks = catalog::builtin_checks();
  checks.push_back({"test", [](const catalog::Catalog& cat, core::Errors& errors) {
                      errors.push_back({core::ErrorCode::inconsistent, "seen " + std::to_string(cat.gpus().size()), {"x"}});
                    }});
  auto result = catalog::load_catalog(catalog_test::fixture_dir("valid"), checks);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].format() == "x: error: seen 4");
}

TEST_CASE("source kinds order by precedence: measured, vendor, derived, third-party") {
  using catalog::SourceKind;
  CHECK(catalog::precedence(SourceKind::measured) < catalog::precedence(SourceKind::vendor));
  CHECK(catalog::precedence(SourceKind::vendor) < catalog::precedence(SourceKind::derived));
  CHECK(catalog::precedence(SourceKind::derived) < catalog::precedence(SourceKind::third_party));
  CHECK(catalog::source_kind_from_string("third_party") == SourceKind::third_party);
  CHECK_FALSE(catalog::source_kind_from_string("blog"));
}
