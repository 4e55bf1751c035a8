// Tests the hook in cmd/catalog_command.cpp: `factcheck catalog validate` fails when the catalog disagrees with datasets/measured.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit_code = -1;
  std::string output;
};

Run validate(const fs::path& catalog_dir) {
  Run run;
  std::string command = FACTCHECK_BINARY;  // appended, not chained: see probe_fixtures.h
  command += " catalog validate ";
  command += catalog_dir.string();
  command += " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace

TEST_CASE("catalog validate checks the bundled catalog against the measured records") {
  const fs::path datasets = fs::path(FACTCHECK_SOURCE_DIR) / "datasets";
  const fs::path root = fs::temp_directory_path() / ("probe-validate-" + std::to_string(::getpid()));
  fs::create_directories(root / "measured");
  fs::copy(datasets / "catalog", root / "catalog", fs::copy_options::recursive);
  int records = 0;
  for (const auto& e : fs::directory_iterator(datasets / "measured")) {
    if (e.path().extension() != ".json") continue;
    fs::copy_file(e.path(), root / "measured" / e.path().filename());
    ++records;
  }
  REQUIRE(records >= 26);  // one per shared capture

  // The committed records agree with the catalog: no disagreement is reported.
  Run clean = validate(root / "catalog");
  INFO(clean.output);
  CHECK(clean.output.find("/measured/") == std::string::npos);

  // One wrong SM count in the L4 record is caught, at the catalog value, naming the record.
  const fs::path l4 = root / "catalog" / "nvidia" / "nvidia-l4.json";
  std::stringstream text;
  text << std::ifstream(l4).rdbuf();
  std::string json = text.str();
  size_t field = json.find("\"sm_count\"");
  REQUIRE(field != std::string::npos);
  size_t value = json.find("58", field);
  REQUIRE(value != std::string::npos);
  json.replace(value, 2, "60");
  std::ofstream(l4, std::ios::trunc) << json;
  Run broken = validate(root / "catalog");
  INFO(broken.output);
  CHECK(broken.exit_code == 2);
  CHECK(broken.output.find("nvidia-l4.json:") != std::string::npos);
  CHECK(broken.output.find("nvidia-l4 sm_count is 60 but") != std::string::npos);
  CHECK(broken.output.find("measured/l4-devicequery.json measured 58") != std::string::npos);
  fs::remove_all(root);
}
