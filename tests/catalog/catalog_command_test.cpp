// Tests cmd/catalog_command.cpp by running the built factcheck binary: output and exit codes of validate/show/list/diff.
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "fixture_catalog.h"

namespace {

struct Run {
  int status;
  std::string out;  // stdout and stderr together
};

Run factcheck(const std::string& args) {
  std::string command = std::string(FACTCHECK_BINARY) + " " + args + " 2>&1";
  Run run{-1, ""};
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

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
