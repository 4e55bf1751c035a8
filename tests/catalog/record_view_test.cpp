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

TEST_CASE("show marks values cited only to a third-party source and counts them") {
  const catalog::Gpu& l4 = *sample().find("nvidia-l4");
  // L4 fixture: bus width, data rate, code name, process and L2 cite TechPowerUp only.
  CHECK(catalog::third_party_only_count(l4) == 5);
  CHECK(catalog::third_party_only(l4, *l4.field("memory_bus_width")));
  CHECK_FALSE(catalog::third_party_only(l4, *l4.field("sm_count")));  // measured
  CHECK_FALSE(catalog::third_party_only(l4, *l4.field("cuda_cores")));  // derived
  std::string text = catalog::gpu_text(l4);
  CHECK(text.find("[tpu]  third-party only\n") != std::string::npos);
  CHECK(text.find("[nv-datasheet]\n") != std::string::npos);  // a vendor value carries no mark
  CHECK(text.find("  5 of 13 values cite only a third-party source (no vendor document, measurement or formula)\n") !=
        std::string::npos);
  auto j = nlohmann::json::parse(catalog::gpu_json(l4));
  CHECK(j["third_party_only"] == 5);
  CHECK(j["fields"]["memory_bus_width"]["third_party_only"] == true);
  CHECK_FALSE(j["fields"]["memory_size"].contains("third_party_only"));
  CHECK(catalog::third_party_only_count(*sample().find("nvidia-h100-pcie")) == 0);
}

TEST_CASE("list --segment keeps that segment's GPUs and the families with a member in it") {
  const auto& cat = sample();
  std::string consumer = catalog::list_text(cat, "consumer");
  CHECK(consumer == "amd-radeon-rx-7900-xtx  AMD Radeon RX 7900 XTX\n");  // H100 family has no consumer member
  std::string datacenter = catalog::list_text(cat, "datacenter");
  CHECK(datacenter.find("nvidia-l4") != std::string::npos);
  CHECK(datacenter.find("amd-radeon") == std::string::npos);
  CHECK(datacenter.find("families:\nnvidia-h100") != std::string::npos);
  auto j = nlohmann::json::parse(catalog::list_json(cat, "datacenter"));
  CHECK(j["gpus"].size() == 3);
  CHECK(j["gpus"][0]["segment"] == "datacenter");
  CHECK(j["families"].size() == 1);
  CHECK(nlohmann::json::parse(catalog::list_json(cat, "laptop"))["gpus"].empty());
}
