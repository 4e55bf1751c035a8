// Markdown renderer for review comments (GitHub-flavoured); tested in tests/reports/markdown_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

struct MarkdownOptions {
  // After the table, each suggestion as a ```suggestion block holding the corrected line
  // (what a pull-request review applies with one click); off: one plain-text line each.
  bool suggestion_blocks = true;
};

// A summary line, then per file with findings or input errors: a heading, its input
// errors, a table (line, severity, claim, expected, source, finding), and suggestions.
// Clean files are counted in one closing line instead of a heading each.
std::string render_markdown(const std::vector<core::FileReport>& files, const MarkdownOptions& options = {});

}  // namespace reports
