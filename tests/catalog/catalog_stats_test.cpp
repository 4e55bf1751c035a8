// Tests catalog/catalog_stats.cpp and catalog_stats_view.cpp on the valid fixture, whose counts are worked out by hand.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "catalog/catalog_stats.h"
#include "fixture_catalog.h"

namespace {

const catalog::Catalog& sample() {
  static const catalog::LoadResult loaded = catalog::load_catalog(catalog_test::fixture_dir("valid"));
  REQUIRE(loaded.errors.empty());
  return loaded.catalog;
}

using catalog::SourceKind;

}  // namespace

TEST_CASE("stats: GPUs per vendor, segment and generation") {
  auto stats = catalog::catalog_stats(sample());
  CHECK(stats.gpus == 4);
  CHECK(stats.families == 1);
  CHECK(stats.by_vendor == std::map<std::string, size_t>{{"amd", 1}, {"nvidia", 3}});
  CHECK(stats.by_segment == std::map<std::string, size_t>{{"consumer", 1}, {"datacenter", 3}});
  CHECK(stats.by_generation ==
        std::map<std::string, size_t>{{"amd (no architecture)", 1}, {"nvidia Ada Lovelace", 1}, {"nvidia Hopper", 2}});
}

TEST_CASE("stats: values per source kind, overall and for the core fields") {
  auto stats = catalog::catalog_stats(sample());
  // 35 values: RX 7900 XTX 7 vendor; H100 PCIe 6 vendor; H100 SXM5 7 vendor + 2 TechPowerUp;
  // L4 6 vendor, 5 TechPowerUp, 1 measured (SMs), 1 derived (cores).
  CHECK(stats.all_values.of(SourceKind::vendor) == 26);
  CHECK(stats.all_values.of(SourceKind::third_party) == 7);
  CHECK(stats.all_values.of(SourceKind::measured) == 1);
  CHECK(stats.all_values.of(SourceKind::derived) == 1);
  CHECK(stats.all_values.total() == 35);
  // Core fields: 24 vendor, 1 measured, 1 derived, 3 third-party (SXM5 bus, L4 bus and process).
  CHECK(stats.core_values.of(SourceKind::vendor) == 24);
  CHECK(stats.core_values.of(SourceKind::measured) == 1);
  CHECK(stats.core_values.of(SourceKind::derived) == 1);
  CHECK(stats.core_values.of(SourceKind::third_party) == 3);
  CHECK(stats.core_values.vendor_or_measured_share() == Approx(25.0 / 29.0));
  CHECK(stats.by_core_field.at("memory_bus_width").of(SourceKind::third_party) == 2);
  CHECK(stats.by_core_field.at("sm_count").of(SourceKind::measured) == 1);
  CHECK(stats.by_core_field.at("boost_clock").total() == 0);  // listed although no GPU has one
  CHECK(stats.by_core_field.size() == catalog::core_fields().size());
}

TEST_CASE("stats: core fields missing per GPU, in core-field order") {
  auto stats = catalog::catalog_stats(sample());
  REQUIRE(stats.gaps.size() == 4);
  CHECK(stats.gaps[0].id == "amd-radeon-rx-7900-xtx");
  CHECK(stats.gaps[0].missing ==
        std::vector<std::string>{"tdp", "base_clock", "boost_clock", "architecture", "process"});
  CHECK(stats.gaps[3].id == "nvidia-l4");
  CHECK(stats.gaps[3].missing == std::vector<std::string>{"base_clock", "boost_clock"});
  CHECK(stats.core_fields_missing() == 15);  // 44 core slots = 29 values + 15 missing
}

TEST_CASE("stats views: text sections and the JSON shape") {
  auto stats = catalog::catalog_stats(sample());
  std::string text = catalog::stats_text(stats);
  CHECK(text.rfind("4 GPUs, 1 families\n", 0) == 0);
  CHECK(text.find("GPUs per segment:\n  consumer    1\n  datacenter  3\n") != std::string::npos);
  CHECK(text.find("  core fields: measured 1, vendor 24, derived 1, third_party 3 (total 29; vendor or measured 86.2%)\n") !=
        std::string::npos);
  CHECK(text.find("core fields missing: 15 in 4 of 4 GPUs\n") != std::string::npos);
  CHECK(text.find("  nvidia-l4               base_clock, boost_clock\n") != std::string::npos);
  auto j = nlohmann::json::parse(catalog::stats_json(stats));
  CHECK(j["version"] == 1);
  CHECK(j["by_vendor"]["nvidia"] == 3);
  CHECK(j["values"]["core"]["vendor"] == 24);
  CHECK(j["values"]["core"]["vendor_or_measured_share"] == Approx(0.8621));
  CHECK(j["values"]["core_fields"]["sm_count"]["measured"] == 1);
  CHECK(j["missing"]["total"] == 15);
  CHECK(j["missing"]["gpus"][3]["missing"] == nlohmann::json::array({"base_clock", "boost_clock"}));
}
