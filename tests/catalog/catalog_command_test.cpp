// Tests cmd/catalog_command.cpp by running the built factcheck binary: output and exit codes of validate/show/list/diff/stats.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixture_catalog.h"
#include "run_factcheck.h"

namespace {

using catalog_test::factcheck;

std::string at(const std::string& fixture) { return "'" + catalog_test::fixture_dir(fixture) + "'"; }

}  // namespace

TEST_CASE("validate: exit 0 and a summary for a clean catalog") {
  auto r = factcheck("catalog validate " + at("valid"));
  CHECK(r.status == 0);
  CHECK(r.out.rfind("catalog ok: 4 GPUs, 1 families", 0) == 0);
}

TEST_CASE("validate: one path:line:col line per problem and exit 2") {
  auto r = factcheck("catalog validate " + at("broken/sources"));
  CHECK(r.status == 2);
  CHECK(r.out.rfind(catalog_test::fixture_dir("broken/sources") +
                        "/nvidia/nvidia-l4.json:8:11: error: source \"ds\" (vendor) is missing required key \"url\"\n",
                    0) == 0);
  CHECK(r.out.find("catalog invalid: 7 problem(s)") != std::string::npos);
}

TEST_CASE("show: a GPU as text and JSON, a family with its members, an unknown name with suggestions") {
  auto text = factcheck("catalog show 'tesla l4' --no-bundled-catalog --catalog " + at("valid"));
  CHECK(text.status == 0);
  CHECK(text.out.rfind("nvidia-l4: NVIDIA L4\n", 0) == 0);
  auto json = factcheck("catalog show L4 --format json --no-bundled-catalog --catalog " + at("valid"));
  REQUIRE(json.status == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["fields"]["memory_size"]["source"]["kind"] == "vendor");
  auto family = factcheck("catalog show H100 --no-bundled-catalog --catalog " + at("valid"));
  CHECK(family.status == 0);
  CHECK(family.out.find("nvidia-h100-pcie") != std::string::npos);
  CHECK(family.out.find("nvidia-h100-sxm5") != std::string::npos);
  auto unknown = factcheck("catalog show 'Tesla L5' --no-bundled-catalog --catalog " + at("valid"));
  CHECK(unknown.status == 2);
  CHECK(unknown.out == "factcheck: no GPU or family named \"Tesla L5\" in the catalog; did you mean \"NVIDIA L4\"?\n");
}

TEST_CASE("show and list refuse a catalog with problems (exit 3)") {
  auto r = factcheck("catalog list --no-bundled-catalog --catalog " + at("broken/derived"));
  CHECK(r.status == 3);
  CHECK(r.out.find("has 2 problem(s)\nfactcheck: see `factcheck catalog validate`") != std::string::npos);
}

TEST_CASE("list: ids and names, JSON too") {
  auto text = factcheck("catalog list --no-bundled-catalog --catalog " + at("valid"));
  CHECK(text.status == 0);
  CHECK(text.out.find("amd-radeon-rx-7900-xtx  AMD Radeon RX 7900 XTX\n") != std::string::npos);
  auto json = factcheck("catalog list --format json --no-bundled-catalog --catalog " + at("valid"));
  REQUIRE(json.status == 0);
  CHECK(nlohmann::json::parse(json.out)["gpus"].size() == 4);
}

TEST_CASE("diff --third-party: exit 1 while a disagreement is unexplained; usage error without the flag") {
  auto r = factcheck("catalog diff --third-party --no-bundled-catalog --catalog " + at("diff/catalog"));
  CHECK(r.status == 1);
  CHECK(r.out.find("2 unexplained") != std::string::npos);
  auto clean = factcheck("catalog diff --third-party --no-bundled-catalog --catalog " + at("valid") + " --third-party-file " +
                         at("diff/third_party/all-gpus.json"));
  CHECK(clean.status == 0);  // the valid fixture's only disagreement (L4 SMs) carries a note
  CHECK(clean.out.find("0 unexplained") != std::string::npos);
  auto json = factcheck("catalog diff --third-party --format json --no-bundled-catalog --catalog " + at("diff/catalog"));
  CHECK(json.status == 1);
  CHECK(nlohmann::json::parse(json.out)["summary"]["unexplained"] == 2);
  CHECK(factcheck("catalog diff --no-bundled-catalog --catalog " + at("diff/catalog")).status == 2);
}

TEST_CASE("list --segment: only that segment; an unknown segment is a usage error") {
  auto r = factcheck("catalog list --segment consumer --no-bundled-catalog --catalog " + at("valid"));
  CHECK(r.status == 0);
  CHECK(r.out == "amd-radeon-rx-7900-xtx  AMD Radeon RX 7900 XTX\n");
  auto json = factcheck("catalog list --segment datacenter --format json --no-bundled-catalog --catalog " + at("valid"));
  REQUIRE(json.status == 0);
  CHECK(nlohmann::json::parse(json.out)["gpus"].size() == 3);
  CHECK(factcheck("catalog list --segment desktop --no-bundled-catalog --catalog " + at("valid")).status == 2);
}

TEST_CASE("show marks third-party-only values and counts them") {
  auto r = factcheck("catalog show L4 --no-bundled-catalog --catalog " + at("valid"));
  CHECK(r.status == 0);
  CHECK(r.out.find("[tpu]  third-party only\n") != std::string::npos);
  CHECK(r.out.find("5 of 13 values cite only a third-party source") != std::string::npos);
  auto json = factcheck("catalog show L4 --format json --no-bundled-catalog --catalog " + at("valid"));
  REQUIRE(json.status == 0);
  CHECK(nlohmann::json::parse(json.out)["third_party_only"] == 5);
}

TEST_CASE("stats: text and JSON; a broken catalog is unavailable") {
  auto text = factcheck("catalog stats --no-bundled-catalog --catalog " + at("valid"));
  CHECK(text.status == 0);
  CHECK(text.out.rfind("4 GPUs, 1 families\n", 0) == 0);
  CHECK(text.out.find("vendor or measured 86.2%") != std::string::npos);
  auto json = factcheck("catalog stats --format json --no-bundled-catalog --catalog " + at("valid"));
  REQUIRE(json.status == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["gpus"] == 4);
  CHECK(j["values"]["all"]["total"] == 35);
  CHECK(factcheck("catalog stats --no-bundled-catalog --catalog " + at("broken/derived")).status == 3);
}

TEST_CASE("diff --format markdown: the known-errors table, same exit code as text") {
  auto r = factcheck("catalog diff --third-party --format markdown --no-bundled-catalog --catalog " + at("valid") + " --third-party-file " +
                     at("diff/third_party/all-gpus.json"));
  CHECK(r.status == 0);
  CHECK(r.out.find("| nvidia-l4 | sm_count | 60 | 58 | measured: ") != std::string::npos);
  CHECK(factcheck("catalog diff --third-party --format markdown --no-bundled-catalog --catalog " + at("diff/catalog")).status == 1);
}
