// Tests catalog/record_json.cpp and record_text.cpp: the shapes `catalog show` and `list` print.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "catalog/record_view.h"
#include "fixture_catalog.h"

namespace {

const catalog::Catalog& sample() {
  static const catalog::LoadResult loaded = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  REQUIRE(loaded.errors.empty());
  return loaded.catalog;
}

}  // namespace

TEST_CASE("gpu_json: id, name, aliases and fields with unit, source object, sparse and note") {
  auto j = nlohmann::json::parse(catalog::gpu_json(*sample().find("nvidia-l4")));
  CHECK(j["id"] == "nvidia-l4");
  CHECK(j["name"] == "NVIDIA L4");
  CHECK(j["aliases"] == nlohmann::json::array({"L4", "NVIDIA L4", "Tesla L4"}));
  const auto& size = j["fields"]["memory_size"];
  CHECK(size["value"].is_number_integer());
  CHECK(size["value"] == 24);
  CHECK(size["unit"] == "GB");
  CHECK(size["source"] == nlohmann::json{{"id", "nv-datasheet"},
                                         {"kind", "vendor"},
                                         {"title", "NVIDIA L4 Tensor Core GPU datasheet"},
                                         {"url", "https://www.nvidia.com/en-us/data-center/l4/"}});
  CHECK(j["fields"]["fp16_tensor_tflops"]["sparse"] == 242);
  CHECK(j["fields"]["sm_count"]["note"] == "TechPowerUp lists 60 SMs; the device reports 58");
  CHECK(j["fields"]["sm_count"]["source"]["capture"] == "datasets/measured/l4-nvidia-smi-q.json");
  CHECK_FALSE(j["fields"]["sm_count"].contains("unit"));
  CHECK(j["fields"]["memory_data_rate"]["value"] == 12.5);
  CHECK(j["fields"]["process"]["also_accepted"] == nlohmann::json::array({4}));
  CHECK(j["fields"]["process"]["node"] == "TSMC 4N");
}

TEST_CASE("family_json lists every member in full") {
  const auto& cat = sample();
  auto j = nlohmann::json::parse(catalog::family_json(*cat.family("nvidia-h100"), cat));
  CHECK(j["family"]["id"] == "nvidia-h100");
  REQUIRE(j["members"].size() == 2);
  CHECK(j["members"][0]["id"] == "nvidia-h100-pcie");
  CHECK(j["members"][1]["fields"]["memory_type"]["value"] == "HBM3");
}

TEST_CASE("text views name ids, values with units, sources and members") {
  const auto& cat = sample();
  std::string l4 = catalog::gpu_text(*cat.find("nvidia-l4"));
  CHECK(l4.rfind("nvidia-l4: NVIDIA L4\n", 0) == 0);
  CHECK(l4.find("  memory_size         24 GB") != std::string::npos);
  CHECK(l4.find("note: TechPowerUp lists 60 SMs") != std::string::npos);
  CHECK(l4.find("dq-l4 (measured), datasets/measured/l4-nvidia-smi-q.json, tool nvidia-smi -q") != std::string::npos);
  std::string fam = catalog::family_text(*cat.family("nvidia-h100"), cat);
  CHECK(fam.find("    nvidia-h100-sxm5  NVIDIA H100 SXM5 (SXM5 80 GB)\n") != std::string::npos);
  std::string list = catalog::list_text(cat);
  CHECK(list.find("nvidia-l4               NVIDIA L4\n") != std::string::npos);
  auto j = nlohmann::json::parse(catalog::list_json(cat));
  CHECK(j["gpus"].size() == 4);
  CHECK(j["families"][0]["members"].size() == 2);
}
