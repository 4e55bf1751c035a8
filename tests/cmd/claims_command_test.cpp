// End-to-end tests of `factcheck claims`: the JSON contract the scorer reads, text output, stdin and input errors.
#include <nlohmann/json.hpp>

#include "run_factcheck.h"

using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::fixture_catalog;
using cmd_test::run;
using nlohmann::json;

namespace {

cmd_test::Result claims(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), {"claims", "--no-bundled-catalog", "--catalog", fixture_catalog()});
  return run(args, input);
}

// The claim of `field` whose text is `text`.
json find_claim(const json& list, const std::string& field, const std::string& text) {
  for (const auto& c : list) {
    if (c["field"] == field && c["text"] == text) return c;
  }
  return json();
}

}  // namespace

TEST_CASE("claims --format json: the versioned contract with every key", "[claims_command]") {
  auto r = claims({"--format", "json", fixture("table.md")});
  FACTCHECK_INFO(r);
  REQUIRE(r.rc == 0);
  auto doc = json::parse(r.out);
  CHECK(doc["version"] == 1);
  REQUIRE(doc["files"].size() == 1);
  const auto& file = doc["files"][0];
  CHECK(contains(file["path"].get<std::string>(), "table.md"));
  const auto& list = file["claims"];
  REQUIRE(list.is_array());
  REQUIRE(list.size() == 5);
  for (const auto& c : list) {
    for (const char* key : {"line", "column", "end_line", "end_column", "gpu", "field", "value", "unit", "text", "kind",
                            "attributed_by"}) {
      INFO("key " << key << " in " << c.dump());
      CHECK(c.contains(key));
    }
  }
  auto l4 = find_claim(list, "memory_size", "24 GB");
  REQUIRE_FALSE(l4.is_null());
  CHECK(l4["gpu"] == "nvidia-l4");
  CHECK(l4["value"] == 24);
  CHECK(l4["unit"] == "GB");
  CHECK(l4["kind"] == "value");
  CHECK(l4["line"] == 5);
  CHECK(l4["column"] == 10);
  CHECK(l4["end_line"] == 5);
  CHECK(l4["end_column"] == 15);
  CHECK(l4["attributed_by"] == "table_header");
  auto bw = find_claim(list, "memory_bandwidth", "864 GB/s");
  CHECK(bw["gpu"] == "nvidia-l40s");
  CHECK(bw["line"] == 6);
}

TEST_CASE("claims --format json: non-value kinds name the kind as field and the compared field apart", "[claims_command]") {
  auto r = claims({"--format", "json", fixture("table.md")});
  auto doc = json::parse(r.out);
  json ratio;
  for (const auto& c : doc["files"][0]["claims"]) {
    if (c["kind"] == "ratio") ratio = c;
  }
  INFO(r.out);
  REQUIRE_FALSE(ratio.is_null());
  CHECK(ratio["field"] == "ratio");
  CHECK(ratio["compared_field"] == "memory_bandwidth");
  CHECK(ratio["gpu"] == "nvidia-l40s");
  CHECK(ratio["value"] == Approx(2.9));
  CHECK(ratio["unit"] == "x");
  CHECK(ratio["line"] == 8);
  CHECK(ratio["column"] == 14);
}

TEST_CASE("claims: unknown GPUs have a null gpu and their mention", "[claims_command]") {
  auto r = claims({"--format", "json", "-"}, "# Rumours\n\nThe RTX 9999 has 32 GB of memory.\n");
  FACTCHECK_INFO(r);
  REQUIRE(r.rc == 0);
  auto doc = json::parse(r.out);
  CHECK(doc["files"][0]["path"] == "<stdin>");
  const auto& list = doc["files"][0]["claims"];
  REQUIRE(list.size() == 1);
  CHECK(list[0]["gpu"].is_null());
  CHECK(list[0]["mention"] == "RTX 9999");
  CHECK(doc["files"][0]["unresolved_mentions"] == json::array({"RTX 9999"}));
}

TEST_CASE("claims text output: one line per claim with position and attribution", "[claims_command]") {
  auto r = claims({fixture("clean.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.out, "clean.md:3:12: nvidia-l4 memory_size = 24 GB  [same_clause] \"24 GB\""));
  CHECK(contains(r.out, "clean.md:3:44: nvidia-l4 tdp = 72 W  [same_clause] \"72 W\""));
}

TEST_CASE("claims: a missing file exits 2 and the others are still listed", "[claims_command]") {
  cmd_test::TempDir dir;
  auto r = claims({"--format", "json", (dir / "missing.md").string(), fixture("clean.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, "missing.md"));
  auto doc = json::parse(r.out);
  REQUIRE(doc["files"].size() == 1);
  CHECK(doc["files"][0]["claims"].size() == 3);
}

TEST_CASE("claims: an unknown --format is a usage error", "[claims_command]") {
  CHECK(claims({"--format", "yaml", fixture("clean.md")}).rc == 2);
  CHECK(run({"claims"}).rc == 2);  // no file
}

TEST_CASE("claims: a feature claim names the feature and whether the GPU is said to have it", "[claims_command]") {
  auto r = claims({"--format", "json", "-"}, "The L40S has no NVLink.\n");
  FACTCHECK_INFO(r);
  REQUIRE(r.rc == 0);
  auto c = find_claim(json::parse(r.out)["files"][0]["claims"], "interconnect", "has no NVLink");
  REQUIRE_FALSE(c.is_null());
  CHECK(c["gpu"] == "nvidia-l40s");
  CHECK(c["feature"] == "NVLink");
  CHECK(c["supports"] == false);
  CHECK(c["value"] == "no");
  auto text = claims({"-"}, "The L40S has no NVLink.\n");
  CHECK(contains(text.out, "nvidia-l40s interconnect = has no NVLink  [same_clause] \"has no NVLink\""));
}
