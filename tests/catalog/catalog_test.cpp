// Tests catalog/catalog.cpp and suggestions.cpp: lookups, families, siblings, alias table, "did you mean".
#include <catch2/catch.hpp>

#include <algorithm>

#include "fixture_catalog.h"

namespace {

const catalog::Catalog& sample() {
  static const catalog::LoadResult loaded = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  REQUIRE(loaded.errors.empty());
  return loaded.catalog;
}

const core::AliasEntry* entry(const core::AliasTable& table, const std::string& text) {
  for (const auto& e : table) {
    if (e.text == text) return &e;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("lookup by id, name or alias ignores case and spacing") {
  const auto& cat = sample();
  REQUIRE(cat.lookup("nvidia-l4"));
  CHECK(cat.lookup("nvidia-l4")->id == "nvidia-l4");
  CHECK(cat.lookup("tesla l4")->id == "nvidia-l4");
  CHECK(cat.lookup("  NVIDIA   L4 ")->id == "nvidia-l4");
  CHECK(cat.lookup("7900 xtx")->id == "amd-radeon-rx-7900-xtx");
  CHECK(cat.lookup("L40") == nullptr);
}

TEST_CASE("a family spelling names no single GPU but finds the family") {
  const auto& cat = sample();
  CHECK(cat.lookup("H100") == nullptr);  // shared by both members and by the family
  const catalog::Family* fam = cat.lookup_family("h100");
  REQUIRE(fam);
  CHECK(fam->id == "nvidia-h100");
  CHECK(cat.lookup_family("NVIDIA H100")->id == "nvidia-h100");
  CHECK(cat.lookup_family("L4") == nullptr);
  const catalog::Gpu* sxm = cat.lookup("H100 SXM");
  REQUIRE(sxm);
  CHECK(cat.family_of(*sxm) == fam);
}

TEST_CASE("siblings are the other members of the family") {
  const auto& cat = sample();
  auto sibs = cat.siblings(*cat.find("nvidia-h100-sxm5"));
  REQUIRE(sibs.size() == 1);
  CHECK(sibs[0]->id == "nvidia-h100-pcie");
  CHECK(cat.siblings(*cat.find("nvidia-l4")).empty());
}

TEST_CASE("alias table: each spelling once; family spellings carry every member") {
  auto table = sample().alias_table();
  const auto* l4 = entry(table, "Tesla L4");
  REQUIRE(l4);
  CHECK(l4->gpu_ids == std::vector<std::string>{"nvidia-l4"});
  CHECK(l4->family.empty());
  const auto* h100 = entry(table, "H100");
  REQUIRE(h100);
  CHECK(h100->family == "nvidia-h100");
  auto ids = h100->gpu_ids;
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"nvidia-h100-pcie", "nvidia-h100-sxm5"});
  const auto* family_name = entry(table, "NVIDIA H100");
  REQUIRE(family_name);
  CHECK(family_name->gpu_ids.size() == 2);
  size_t l4_spellings = std::count_if(table.begin(), table.end(), [](const auto& e) { return e.text == "NVIDIA L4"; });
  CHECK(l4_spellings == 1);  // the name, repeated as an alias, is one entry
}

TEST_CASE("suggestions rank typos and partial names, and stay quiet for nonsense") {
  const auto& cat = sample();
  auto typo = cat.suggestions("nvidia l4O");
  REQUIRE_FALSE(typo.empty());
  CHECK(typo.front() == "NVIDIA L4");
  auto partial = cat.suggestions("Radeon 7900");
  REQUIRE_FALSE(partial.empty());
  CHECK(partial.front() == "AMD Radeon RX 7900 XTX");
  auto family = cat.suggestions("H100 PCI-E");
  REQUIRE_FALSE(family.empty());
  CHECK(family.front() == "NVIDIA H100 PCIe");
  CHECK(cat.suggestions("banana bread").empty());
  CHECK(cat.suggestions("nvidia", 2).size() <= 2);
}

TEST_CASE("suggestions weigh model numbers above a one-letter edit") {
  catalog::Catalog cat;
  for (auto [id, name] : {std::pair{"nvidia-geforce-rtx-3090-ti", "NVIDIA GeForce RTX 3090 Ti"},
                          std::pair{"nvidia-geforce-rtx-4090", "NVIDIA GeForce RTX 4090"}}) {
    catalog::Gpu gpu;
    gpu.id = id;
    gpu.name = name;
    gpu.aliases = {std::string(name).substr(15)};  // "RTX 3090 Ti", "RTX 4090"
    cat.add(gpu);
  }
  cat.index();
  auto close = cat.suggestions("RTX 4090 Ti");
  REQUIRE(close.size() == 2);
  CHECK(close.front() == "NVIDIA GeForce RTX 4090");
}
