// Standalone HTML page a person reads: the article with claims highlighted, and each finding explained; tested in tests/reports/html_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"
#include "reports/snippet.h"

namespace reports {

struct HtmlOptions {
  std::string title = "factcheck report";
  std::string tool_version;  // shown in the footer when set
  // Narrower than the terminal's: the snippet sits in a card beside the article.
  SnippetOptions snippet{8, 80};
};

// One self-contained page (inline CSS, no scripts, no external assets, a CSP that forbids
// both): a summary, then per file its input errors, the article text with every claim
// marked in place in its severity colour (overlapping claims marked as such), and a card
// per finding with message, claimed and expected values, the source line with a caret,
// evidence with provenance (source kind, link, capture, driver/date), suggestion and
// related locations. Claims link to their cards and back.
std::string render_html(const std::vector<core::FileReport>& files, const HtmlOptions& options = {});

}  // namespace reports
