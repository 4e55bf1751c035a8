// Tests for cmd/probe_command.cpp through the factcheck binary: exit codes, the no-driver line, --from, --out-dir.
#include <catch2/catch.hpp>

#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "probe_fixtures.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

Run factcheck(const std::string& args) {
  Run run;
  std::string command = FACTCHECK_BINARY;  // appended, not chained: see probe_fixtures.h
  command += " ";
  command += args;
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

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("probe without a driver: exit 3 and one clear line") {
  Run run = factcheck("probe --nvml-library libnvidia-ml-not-installed.so.1");
  CHECK(run.exit_code == 3);
  CHECK(run.output == "no NVIDIA driver: libnvidia-ml-not-installed.so.1 not found\n");
}

TEST_CASE("probe with the real soname: the one line here, a device list where a driver exists") {
  void* nvml = ::dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
  Run run = factcheck("probe --format json");
  if (!nvml) {
    CHECK(run.exit_code == 3);
    CHECK(run.output == "no NVIDIA driver: libnvidia-ml.so.1 not found\n");
  } else {
    ::dlclose(nvml);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("\"version\": 1") != std::string::npos);
  }
}

TEST_CASE("probe --from bad files: exit 2 and an error naming each file") {
  for (const char* name : {"truncated-devicequery.txt", "truncated-nvidia-smi-q.txt", "truncated-nvidia-smi-qx.xml",
                           "binary-junk.bin", "external-entity.xml", "billion-laughs.xml"}) {
    std::string path = probe_test::capture(std::string("bad/") + name);
    Run run = factcheck("probe --from " + path);
    INFO(name << ": " << run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(path) != std::string::npos);
    CHECK(run.output.find("error:") != std::string::npos);
    CHECK(run.output.find("localhost") == std::string::npos);  // nothing of /etc/hostname leaks
  }
}

TEST_CASE("probe --from a good and a bad file: the good one is still read") {
  Run run = factcheck("probe --format json --from " + probe_test::capture("l4-devicequery.txt") + " " +
                      probe_test::capture("bad/binary-junk.bin"));
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("\"sm_count\": 58") != std::string::npos);
}

TEST_CASE("probe --from --out writes the JSON document atomically; --out-dir one record per capture") {
  fs::path dir = fs::temp_directory_path() / ("probe-cmd-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  Run one = factcheck("probe --format json --out " + (dir / "all.json").string() + " --from " +
                      probe_test::capture("l4-devicequery.txt") + " " + probe_test::capture("l4-nvidia-smi-q.txt"));
  CHECK(one.exit_code == 0);
  auto all = nlohmann::json::parse(read_file(dir / "all.json"));
  CHECK(all["devices"].size() == 2);
  CHECK(all["devices"][1]["power_limit_default_w"] == 72.0);

  Run many = factcheck("probe --out-dir " + dir.string() + " --from " + probe_test::capture("rtx-a5000-x2-nvidia-smi-qx.xml") +
                       " " + probe_test::capture("v100-x8-devicequery.txt"));
  CHECK(many.exit_code == 0);
  auto a5000 = nlohmann::json::parse(read_file(dir / "rtx-a5000-x2-nvidia-smi-qx.json"));
  CHECK(a5000["devices"].size() == 2);
  auto v100 = nlohmann::json::parse(read_file(dir / "v100-x8-devicequery.json"));
  CHECK(v100["devices"][0]["cuda_cores"] == 5120);
  fs::remove_all(dir);
}

TEST_CASE("probe --format rejects unknown formats as usage errors") {
  CHECK(factcheck("probe --format yaml --from " + probe_test::capture("l4-devicequery.txt")).exit_code == 2);
}
