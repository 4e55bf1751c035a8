// Compares renderer output with approved files in tests/golden/reports/; used by tests/reports/golden_test.cpp.
#pragma once
#include <string>

namespace golden {

// Replaces what changes between machines and releases (the source directory, the tool
// version) by fixed tokens, so approved files stay byte-stable.
std::string scrub(std::string text, const std::string& tool_version);

// Checks `actual` (already scrubbed) against tests/golden/reports/<name>. With
// FACTCHECK_UPDATE_GOLDEN=1 in the environment it rewrites the file instead.
void check(const std::string& name, const std::string& actual);

}  // namespace golden
