// Paths and a capture loader shared by the probe tests; used throughout tests/probe/.
#pragma once
#include <string>

#include <catch2/catch.hpp>

#include "probe/capture_reader.h"

namespace probe_test {

// Built by appending: GCC 12 warns (-Warray-bounds, a known false positive) on
// std::string(literal) + "..." + name chains at -O2.
inline std::string capture(const std::string& name) {
  std::string path = FACTCHECK_FIXTURES;
  path += "/devicequery/";
  path += name;
  return path;
}

// Reads a capture that must parse; fails the test with the error otherwise.
inline probe::ProbeResult read_ok(const std::string& name) {
  auto result = probe::read_capture(capture(name));
  INFO(name << ": " << (result ? std::string() : result.error().format()));
  REQUIRE(result.ok());
  return *result;
}

}  // namespace probe_test
