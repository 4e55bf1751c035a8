// HTML renderer; tested in tests/reports/html_report_test.cpp, tests/golden/reports/article.html,
// and in headless Chromium (tests/reports/browser/check-html-report.sh).
#include "reports/html_report.h"

#include "reports/html_article.h"
#include "reports/html_card.h"
#include "reports/csp_hash.h"
#include "reports/html_ids.h"
#include "reports/html_script.h"
#include "reports/html_style.h"
#include "reports/html_summary.h"
#include "reports/html_text.h"
#include "reports/review_model.h"
#include "reports/tally.h"

namespace reports {

namespace {

void render_file(std::string& out, const core::FileReport& file, size_t index) {
  out += "<section class=\"file\" id=\"file-" + std::to_string(index + 1) + "\" aria-labelledby=\"file-" +
         std::to_string(index + 1) + "-title\"><h2 id=\"file-" + std::to_string(index + 1) + "-title\">";
  if (!file.title.empty()) out += html_escape(file.title) + " <span class=\"path\">" + html_escape(file.path) + "</span>";
  else out += html_escape(file.path);
  out += "</h2>\n";
  for (const core::Error& e : file.errors) {
    core::Error shown = e;
    if (shown.position.file.empty()) shown.position.file = file.path;
    out += "<p class=\"input-error\">" + html_escape(shown.format()) + "</p>\n";
  }
  const ReviewModel model = review_model(file);
  if (!file.source && model.groups.empty()) {
    out += "</section>\n";
    return;
  }
  out += render_file_overview(file, model, index);
  const bool cards = !model.groups.empty();
  out += file.source && cards ? "<div class=\"layout\">\n" : "<div class=\"layout single\">\n";
  if (file.source) out += render_article_view(file, model, index);
  if (cards) {
    out += "<div class=\"cards-pane\"><h3 class=\"sr\">Findings</h3><ol class=\"cards\">\n";
    for (size_t g = 0; g < model.groups.size(); ++g) out += render_card(file, model, index, g);
    out += "</ol></div>\n";
  } else {
    out += "<p class=\"clean\">No findings.</p>\n";
  }
  out += "</div></section>\n";
}

}  // namespace

std::string render_html(const std::vector<core::FileReport>& files, const HtmlOptions& options) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Belt and braces: even if some text escaped escaping, nothing loads, and the only script
      // that runs is the report's own, allowed by its hash (no handler, no other inline script).
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src " + csp_script_hash(kHtmlScript) + "; img-src 'none'; form-action 'none'; base-uri 'none'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<title>" + html_escape(options.title) + "</title>\n<style>" + kHtmlStyle + "</style>\n</head>\n<body>\n";
  // The first card of the page (access key F); each card links on to the next.
  bool any_findings = false;
  for (size_t i = 0; i < files.size() && !any_findings; ++i) {
    if (files[i].findings.empty()) continue;
    out += "<a class=\"skip\" href=\"#" + card_id(i, 0) + "\" accesskey=\"f\">Skip to the first finding</a>\n";
    any_findings = true;
  }
  out += "<header class=\"page\"><h1>" + html_escape(options.title) + "</h1><p class=\"summary-line\">" +
         html_escape(summary_sentence(review_tally(files))) + "</p>";
  if (any_findings) {
    out += "<p class=\"keys\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous</p>";
  }
  out += "</header>\n<main>\n";
  for (size_t i = 0; i < files.size(); ++i) render_file(out, files[i], i);
  out += "</main>\n";
  if (!options.tool_version.empty()) out += "<footer>factcheck " + html_escape(options.tool_version) + "</footer>\n";
  // Last in the body, so every card exists when it runs; the CSP above names its hash.
  if (any_findings) out += std::string("<script>") + kHtmlScript + "</script>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace reports
