// Test helper: run the built factcheck binary and capture its exit status and output; used by tests/catalog/catalog_command_test.cpp and known_third_party_errors_test.cpp.
#pragma once
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace catalog_test {

struct Run {
  int status;
  std::string out;  // stdout, and stderr too unless `stdout_only`
};

inline Run factcheck(const std::string& args, bool stdout_only = false) {
  std::string command = std::string(FACTCHECK_BINARY) + " " + args + (stdout_only ? " 2>/dev/null" : " 2>&1");
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

}  // namespace catalog_test
