// SARIF 2.1.0 renderer for code-scanning tools and editors; tested in tests/reports/sarif_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

struct SarifOptions {
  std::string tool_version;     // tool.driver.version when set
  std::string information_uri;  // tool.driver.informationUri when set (absolute URI)
  // Absolute directory that relative paths are relative to (normally the working
  // directory). When set, artifact URIs are relative with uriBaseId "SRCROOT" and the run
  // records the directory in originalUriBaseIds; paths outside it become file:// URIs.
  std::string base_directory;
  int indent = 2;
};

// One run: tool.driver with `rules` (plus a bare descriptor for any rule id a finding
// uses that `rules` lacks), one result per finding (level error/warning/note, region in
// code points with snippet and context line, related locations, the suggestion as a fix
// replacing the claim's region, gpu/field/claimed/expected/evidence as properties), input
// errors as tool execution notifications, columnKind "unicodeCodePoints".
std::string render_sarif(const std::vector<core::FileReport>& files, const std::vector<core::RuleInfo>& rules,
                         const SarifOptions& options = {});

}  // namespace reports
