// Golden-file comparison with re-approval through FACTCHECK_UPDATE_GOLDEN=1; used by tests/reports/golden_test.cpp.
#include "golden.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "reports/artifact_uri.h"
#include "reports/atomic_write.h"

namespace golden {

namespace {
void replace_all(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// First line where the two differ, so a failure says what changed without a diff tool.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string le, la;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, le));
    const bool more_a = static_cast<bool>(std::getline(a, la));
    if (!more_e && !more_a) return "no line differs (line endings?)";
    if (le != la || more_e != more_a) {
      return "line " + std::to_string(line) + "\n  approved: " + (more_e ? le : "<end>") +
             "\n  actual:   " + (more_a ? la : "<end>");
    }
  }
}
}  // namespace

std::string scrub(std::string text, const std::string& tool_version) {
  // SARIF writes the directory as a percent-encoded URI: a checkout path with a space must scrub too.
  replace_all(text, reports::percent_encode_path(FACTCHECK_SOURCE_DIR), "/SOURCE_DIR");
  replace_all(text, FACTCHECK_SOURCE_DIR, "/SOURCE_DIR");
  // Starts with a digit so SARIF validators still see a numeric version.
  replace_all(text, tool_version, "0.0.0-VERSION");
  return text;
}

void check(const std::string& name, const std::string& actual) {
  // Appended piece by piece: GCC 12 at -O2 flags `std::string(macro) + "..." + name` with a
  // false -Warray-bounds, which -Werror in CI would turn into a failed build.
  std::string path = FACTCHECK_SOURCE_DIR;
  path += "/tests/golden/reports/";
  path += name;
  const char* update = std::getenv("FACTCHECK_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    const auto error = reports::write_file_atomically(path, actual);
    INFO((error ? error->format() : std::string()));
    REQUIRE_FALSE(error);
    WARN("rewrote " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) {
    FAIL("no approved file " << path << "; run the test with FACTCHECK_UPDATE_GOLDEN=1 (see tests/golden/README.md)");
  }
  std::ostringstream approved;
  approved << in.rdbuf();
  INFO(name << " differs from the approved file at " << first_difference(approved.str(), actual)
            << "\nIf the change is intended, re-approve with FACTCHECK_UPDATE_GOLDEN=1 (tests/golden/README.md).");
  // A bool, so a failure prints the first differing line above, not both whole files.
  const bool same = approved.str() == actual;
  CHECK(same);
}

}  // namespace golden
