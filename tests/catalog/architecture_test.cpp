// Tests architecture records (catalog/architecture_reader.cpp, architecture_check.cpp, Catalog::index): loading, inheritance, errors.
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture_catalog.h"

TEST_CASE("an architecture's facts reach its GPUs as inherited values, never as their own fields") {
  auto result = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  for (const auto& e : result.errors) INFO(e.format());
  REQUIRE(result.errors.empty());
  REQUIRE(result.catalog.architectures().size() == 1);
  const catalog::Gpu* l4 = result.catalog.find("nvidia-l4");
  REQUIRE(l4);
  CHECK(l4->field("fp4_tensor_tflops") == nullptr);  // stats and diffs count the record's own values only
  const catalog::FieldValue* fp4 = l4->feature_value("fp4_tensor_tflops");
  REQUIRE(fp4);
  CHECK(fp4->number() == 0);
  const catalog::SourceRef* src = l4->source_of(*fp4);
  REQUIRE(src);
  CHECK(src->url == "https://example.com/ada.pdf");
  CHECK(fp4->note == "no FP4 before Blackwell");
  // A Hopper GPU inherits nothing from the Ada record.
  const catalog::Gpu* h100 = result.catalog.find("nvidia-h100-sxm5");
  REQUIRE(h100);
  CHECK(h100->feature_value("fp4_tensor_tflops") == nullptr);
}

TEST_CASE("a GPU's own field wins over its architecture's") {
  auto result = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  REQUIRE(result.errors.empty());
  catalog::Catalog cat = result.catalog;
  catalog::Gpu l4 = *cat.find("nvidia-l4");
  catalog::FieldValue own;
  own.field = "structured_sparsity";
  own.value = std::string("no");
  own.source = l4.sources.begin()->first;
  l4.fields["structured_sparsity"] = own;
  catalog::Catalog other;
  other.add(l4);
  for (const auto& a : cat.architectures()) other.add_architecture(a);
  other.index();
  CHECK(other.find("nvidia-l4")->feature_value("structured_sparsity")->text() == "no");
  CHECK(other.find("nvidia-l4")->feature_value("fp4_tensor_tflops")->number() == 0);
}

TEST_CASE("architecture records: file name, an architecture some GPU has, feature support only") {
  auto p = catalog_test::problems("architecture-errors");
  for (const auto& line : p) INFO(line);
  auto has = [&](const std::string& needle) {
    return std::any_of(p.begin(), p.end(), [&](const std::string& l) { return l.find(needle) != std::string::npos; });
  };
  CHECK(has("architectures/nvidia-ada.json:1:1: error: architecture id \"nvidia-ada-lovelace\" must equal the file name \"nvidia-ada\""));
  CHECK(has("error: no nvidia GPU has architecture \"Ada\"; its facts would apply to none"));
  CHECK(has("architectures/nvidia-ada.json:9:30: error: architecture records state feature support only (a zero rate, \"yes\" or \"no\"); \"memory_size\" is not one"));
  CHECK(has("\"structured_sparsity\" is not one"));
  CHECK(p.size() == 4);
}
