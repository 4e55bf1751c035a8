// Paths and a capture loader shared by the probe tests; used throughout tests/probe/.
#pragma once
#include <string>

#include <catch2/catch.hpp>

#include "probe/capture_reader.h"

namespace probe_test {

inline std::string capture(const std::string& name) { return std::string(FACTCHECK_FIXTURES) + "/devicequery/" + name; }

// Reads a capture that must parse; fails the test with the error otherwise.
inline probe::ProbeResult read_ok(const std::string& name) {
  auto result = probe::read_capture(capture(name));
  INFO(name << ": " << (result ? std::string() : result.error().format()));
  REQUIRE(result.ok());
  return *result;
}

}  // namespace probe_test
