// Test helper: load a fixture catalog and list its problems with short paths; used by tests/catalog/*_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace catalog_test {

inline std::string fixture_dir(const std::string& name) {
  // append() rather than operator+: GCC 12 -O2 warns (-Warray-bounds) on the temporary chain.
  std::string dir(FACTCHECK_FIXTURES);
  dir.append("/catalog/").append(name);
  return dir;
}

// Every problem as "path:line:col: error: message" with the fixture dir cut out of paths
// (also those inside messages), so expectations read like the files they describe.
inline std::vector<std::string> problems(const std::string& name) {
  std::string root = fixture_dir(name) + "/";
  std::vector<std::string> out;
  for (const auto& e : catalog::load_catalog(fixture_dir(name)).errors) {
    std::string line = e.format();
    for (size_t at; (at = line.find(root)) != std::string::npos;) line.erase(at, root.size());
    out.push_back(line);
  }
  return out;
}

}  // namespace catalog_test
