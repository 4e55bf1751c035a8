// Terminal renderer: compiler-style findings with source line and caret; tested in tests/reports/text_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"
#include "reports/snippet.h"

namespace reports {

struct TextOptions {
  bool color = false;       // ANSI colours; the caller decides (isatty, --no-color)
  bool summary = true;      // the closing "3 errors, 1 warning in 2 files" line
  SnippetOptions snippet;
};

// For each file: its input errors (Error::format()), then per finding
//   path:line:col: severity: message [rule-id]
//      12 | source line
//         |      ^~~~~
//     expected: 24 GB (vendor: <url> | measured: <capture>, driver …)
//     suggestion: 24 GB
//     note: path:line:col: <related message>
// and a summary line at the end.
std::string render_text(const std::vector<core::FileReport>& files, const TextOptions& options = {});

}  // namespace reports
