// Tests catalog/third_party_diff*.cpp over tests/fixtures/catalog/diff: mapping, tolerances, explained vs unexplained, output.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "catalog/third_party_diff.h"
#include "fixture_catalog.h"

namespace {

struct Loaded {
  catalog::LoadResult catalog;
  catalog::ThirdPartyDatabase db;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    Loaded out{catalog::load_catalog(catalog_test::fixture_dir("diff/catalog")), {}};
    auto db = catalog::ThirdPartyDatabase::load(catalog_test::fixture_dir("diff/third_party/all-gpus.json"));
    REQUIRE(db.ok());
    out.db = std::move(*db);
    return out;
  }();
  REQUIRE(l.catalog.errors.empty());
  return l;
}

std::string short_paths(std::string text) {
  std::string root = catalog_test::fixture_dir("diff/catalog") + "/";
  for (size_t at; (at = text.find(root)) != std::string::npos;) text.erase(at, root.size());
  return text;
}

}  // namespace

TEST_CASE("each GPU maps by cited record, else by exact name, else not at all") {
  auto diff = catalog::diff_third_party(loaded().catalog.catalog, loaded().db);
  REQUIRE(diff.mappings.size() == 6);
  CHECK(diff.count(catalog::RecordMatch::by_record) == 4);
  CHECK(diff.count(catalog::RecordMatch::by_name) == 1);
  CHECK(diff.count(catalog::RecordMatch::ambiguous_name) == 1);  // two TechPowerUp records are named "A2"
}

TEST_CASE("only disagreements beyond tolerance are listed; a note makes one explained") {
  // Agreeing within tolerance or by convention, so absent: L4 300 vs 300.1 GB/s, 12.5 vs
  // 1563 MHz x 8 Gbps, process 4 with 5 also accepted, fp16 30.3 vs 30.29; 4090 1008 vs 1010
  // GB/s; H100 SXM5 5.23 vs 1313 x 4 Gbps and its SXM interface; "RDNA 3" vs "RDNA 3.0";
  // "Xe2" vs "Xe2-HPG"; "1x 8-pin" vs "8-pin".
  auto diff = catalog::diff_third_party(loaded().catalog.catalog, loaded().db);
  CHECK(short_paths(catalog::diff_text(diff)) ==
        "nvidia/nvidia-geforce-rtx-4090.json:10:29: unexplained: nvidia-geforce-rtx-4090 slot_width: catalog \"dual\", "
        "TechPowerUp \"triple\" [record nvidia-geforce-rtx-4090, tolerance exact]\n"
        "nvidia/nvidia-l4.json:7:22: unexplained: nvidia-l4 tdp: catalog 75 W, TechPowerUp 72 W [record nvidia-l4, "
        "tolerance exact]\n"
        "nvidia/nvidia-l4.json:10:27: explained: nvidia-l4 sm_count: catalog 58, TechPowerUp 60 [record nvidia-l4, "
        "tolerance exact]\n"
        "    note: TechPowerUp lists 60 SMs; the device reports 58\n"
        "nvidia/nvidia-a2.json:1:1: note: nvidia-a2 matches several TechPowerUp records by name; cite one as a "
        "third_party source with \"record\"\n"
        "nvidia/nvidia-geforce-rtx-4090.json:1:1: note: nvidia-geforce-rtx-4090 matched TechPowerUp record "
        "\"nvidia-geforce-rtx-4090\" by exact name; cite it as a third_party source with \"record\"\n"
        "compared 5 of 6 GPUs (4 by cited record, 1 by exact name): 3 disagreements, 2 unexplained\n");
  CHECK(diff.unexplained() == 2);
}

TEST_CASE("diff JSON carries summary, mappings and each disagreement with its position") {
  auto diff = catalog::diff_third_party(loaded().catalog.catalog, loaded().db);
  auto j = nlohmann::json::parse(catalog::diff_json(diff));
  CHECK(j["version"] == 1);
  CHECK(j["summary"]["unexplained"] == 2);
  CHECK(j["summary"]["by_name"] == 1);
  REQUIRE(j["disagreements"].size() == 3);
  const auto& sm = j["disagreements"][2];
  CHECK(sm["gpu"] == "nvidia-l4");
  CHECK(sm["field"] == "sm_count");
  CHECK(sm["catalog"] == 58);
  CHECK(sm["third_party"] == 60);
  CHECK(sm["explained"] == true);
  CHECK(sm["position"]["line"] == 10);
  CHECK(j["disagreements"][1]["unit"] == "W");
  CHECK(j["disagreements"][1]["explained"] == false);
}

TEST_CASE("a cited record missing from the database is reported, not silently matched by name") {
  catalog::Catalog cat;
  catalog::Gpu gpu;
  gpu.id = "nvidia-geforce-rtx-4090";
  gpu.vendor = "nvidia";
  gpu.name = "GeForce RTX 4090";
  catalog::SourceRef ref;
  ref.id = "tpu";
  ref.kind = catalog::SourceKind::third_party;
  ref.record = "nvidia-rtx-4090-typo";
  gpu.sources["tpu"] = ref;
  cat.add(gpu);
  cat.index();
  auto diff = catalog::diff_third_party(cat, loaded().db);
  REQUIRE(diff.mappings.size() == 1);
  CHECK(diff.mappings[0].match == catalog::RecordMatch::missing_record);
  CHECK(catalog::diff_text(diff).find("error: nvidia-geforce-rtx-4090 cites TechPowerUp record \"nvidia-rtx-4090-typo\"") !=
        std::string::npos);
}

TEST_CASE("tolerances: counts exact, bandwidth 2%, length 1 mm") {
  CHECK(catalog::third_party_tolerance("sm_count").relative == 0);
  CHECK(catalog::third_party_tolerance("memory_bandwidth").relative == 0.02);
  CHECK(catalog::third_party_tolerance("length").absolute == 1);
}

TEST_CASE("diff markdown: a table of the explained disagreements, then the unexplained ones, without paths") {
  auto diff = catalog::diff_third_party(loaded().catalog.catalog, loaded().db);
  std::string md = catalog::diff_markdown(diff);
  CHECK(md.rfind("# Known errors in the third-party database\n", 0) == 0);
  CHECK(md.find("Compared 5 of 6 GPUs: 1 explained disagreements, 2 unexplained.\n") != std::string::npos);
  CHECK(md.find("| GPU | field | database value | our value | source | why |\n|---|---|---|---|---|---|\n"
                "| nvidia-l4 | sm_count | 60 | 58 | vendor: [datasheet](https://example.com/ds) | ") != std::string::npos);
  CHECK(md.find("| TechPowerUp lists 60 SMs; the device reports 58 |\n") != std::string::npos);
  CHECK(md.find("## Not yet explained") != std::string::npos);
  CHECK(md.find("| nvidia-l4 | tdp | 72 W | 75 W | vendor: [datasheet](https://example.com/ds) |\n") != std::string::npos);
  CHECK(md.find(catalog_test::fixture_dir("diff")) == std::string::npos);  // no machine-specific path
}

TEST_CASE("diff markdown escapes pipes and folds newlines inside a cell") {
  catalog::ThirdPartyDiff diff;
  catalog::Disagreement d;
  d.gpu_id = "nvidia-x";
  d.field = "display_outputs";
  d.catalog_value = std::string("1x HDMI | 3x DP");
  d.third_party_value = std::string("4x DP");
  d.note = "line one\nline two";
  d.source.kind = catalog::SourceKind::derived;
  d.source.formula = "a | b";
  diff.disagreements.push_back(d);
  std::string md = catalog::diff_markdown(diff);
  CHECK(md.find("| nvidia-x | display_outputs | 4x DP | 1x HDMI \\| 3x DP | derived: a \\| b | line one line two |\n") !=
        std::string::npos);
}
