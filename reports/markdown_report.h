// Markdown renderer for pull-request review comments (GitHub-flavoured); tested in tests/reports/markdown_report_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

struct MarkdownOptions {
  // Each suggestion on a line of at most `suggestion_line_limit` characters becomes a
  // ```suggestion block holding the corrected line (one click in a review); a longer line
  // (a table written as one line of HTML) gets the changed cell or phrase instead.
  bool suggestion_blocks = true;
  size_t suggestion_line_limit = 200;
  // GitHub rejects comments over 65,536 characters: past this the remaining findings are
  // summarised with counts and a pointer to the HTML or SARIF report.
  size_t max_chars = 60000;
};

// A summary line, then per file with findings or input errors: a heading, its input
// errors, how many claims were confirmed, then per severity a table of findings (line,
// GPU, field, claimed, expected, source, suggestion) with the evidence folded in
// <details>, then the suggestions. One row per claim: several rules on one span give one
// row, the strongest, with the others listed in its evidence. Clean files are counted in
// one closing line.
std::string render_markdown(const std::vector<core::FileReport>& files, const MarkdownOptions& options = {});

}  // namespace reports
