// Standalone HTML page a person reads: the article with claims highlighted, and each finding explained; tested in tests/reports/html_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

struct HtmlOptions {
  std::string title = "factcheck report";
  std::string tool_version;  // shown in the footer when set
};

// One self-contained page (inline CSS, no script, no external asset, a CSP that forbids
// both) an editor reads: per file an overview (claims by verdict, findings by severity,
// GPUs named, how many claims were checked and confirmed), the article rendered from the
// document model with every claim marked in place by verdict (html_article.h), and one
// card per judged claim (html_card.h) with the claim, expected value, evidence by GPU and
// source, suggestion, formula, and the weaker findings on the same span. Light and dark
// palettes, a one-column print layout with no scroll boxes, readable from phone width up.
std::string render_html(const std::vector<core::FileReport>& files, const HtmlOptions& options = {});

}  // namespace reports
