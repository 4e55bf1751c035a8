// HTML renderer; tested in tests/reports/html_report_test.cpp, tests/golden/reports/article.html,
// and looked at in headless Chromium (see tests/reports/screenshot-html.sh).
#include "reports/html_report.h"

#include "reports/article_highlight.h"
#include "reports/html_style.h"
#include "reports/html_text.h"
#include "reports/location.h"
#include "reports/tally.h"

namespace reports {

namespace {

const char* severity_name(core::Severity s) { return core::to_string(s); }

// Ids are per file and per finding so several articles share one page without clashes.
std::string finding_id(size_t file, size_t finding) {
  return "f" + std::to_string(file + 1) + "-" + std::to_string(finding + 1);
}
std::string claim_id(size_t file, size_t finding) { return "claim-" + finding_id(file, finding); }
std::string line_id(size_t file, int line) { return "f" + std::to_string(file + 1) + "-L" + std::to_string(line); }

std::string link_or_text(const std::string& url, const std::string& label) {
  if (!is_safe_link(url)) return html_escape(label.empty() ? url : label);
  return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + html_escape(label.empty() ? url : label) +
         "</a>";
}

// A finding about a point between characters (an empty span): a thin marker there.
void render_point(std::string& out, const core::FileReport& file, size_t file_index, size_t i) {
  const core::Finding& f = file.findings[i];
  out += "<span id=\"" + claim_id(file_index, i) + "\"></span><mark class=\"point " + severity_name(f.severity) +
         "\" title=\"" + html_escape(std::string(severity_name(f.severity)) + ": " + f.message) + "\"><a href=\"#" +
         finding_id(file_index, i) + "\">\xE2\x80\xB8</a></mark>";  // U+2038 caret
}

void render_mark(std::string& out, const core::FileReport& file, size_t file_index, const ArticlePiece& piece,
                 const std::string& text) {
  // The most severe covering finding gives the colour and the link target.
  size_t lead = piece.findings.front();
  std::string titles;
  for (size_t i : piece.findings) {
    if (file.findings[i].severity > file.findings[lead].severity) lead = i;
    if (!titles.empty()) titles += "\n";
    titles += std::string(severity_name(file.findings[i].severity)) + ": " + file.findings[i].message;
  }
  out += "<mark class=\"";
  out += severity_name(file.findings[lead].severity);
  if (piece.findings.size() > 1) out += " overlap";
  out += "\" title=\"" + html_escape(titles) + "\"><a href=\"#" + finding_id(file_index, lead) + "\">" + text +
         "</a></mark>";
}

void render_article(std::string& out, const core::FileReport& file, size_t file_index) {
  const core::Source& source = *file.source;
  out += "<div class=\"article\" aria-label=\"article text\">";
  int open_line = 0;
  for (const ArticlePiece& piece : article_pieces(source, file.findings)) {
    if (piece.line != open_line) {
      if (open_line) out += "</span></div>";
      open_line = piece.line;
      out += "<div class=\"line\" id=\"" + line_id(file_index, piece.line) + "\"><span class=\"ln\">" +
             std::to_string(piece.line) + "</span><span class=\"lt\">";
    }
    for (size_t i : piece.first_of) out += "<span id=\"" + claim_id(file_index, i) + "\"></span>";
    for (size_t i : piece.points_before) render_point(out, file, file_index, i);
    const std::string text = html_escape(std::string_view(source.bytes()).substr(piece.begin, piece.end - piece.begin));
    if (piece.findings.empty()) {
      out += text;
    } else {
      render_mark(out, file, file_index, piece, text);
    }
    for (size_t i : piece.points_after) render_point(out, file, file_index, i);
  }
  if (open_line) out += "</span></div>";
  out += "</div>\n";
}
void render_evidence(std::string& out, const core::Finding& f) {
  if (f.evidence.empty()) return;
  out += "<table class=\"evidence\"><thead><tr><th>Source</th><th>Value</th><th>Reference</th><th>Detail</th></tr>"
         "</thead><tbody>";
  for (const core::Evidence& e : f.evidence) {
    std::string reference;
    if (!e.url.empty()) reference = link_or_text(e.url, e.title.empty() ? e.url : e.title);
    if (!e.capture.empty()) {
      if (!reference.empty()) reference += "<br>";
      reference += "capture <code>" + html_escape(e.capture) + "</code>";
    }
    if (reference.empty()) reference = html_escape(e.title.empty() ? e.source_id : e.title);
    out += "<tr><td class=\"kind\">" + html_escape(e.source_kind.empty() ? "source" : e.source_kind) + "</td><td>" +
           html_escape(e.value) + "</td><td>" + reference + "</td><td>" + html_escape(e.detail) + "</td></tr>";
  }
  out += "</tbody></table>";
}

void render_snippet(std::string& out, const core::FileReport& file, const core::Finding& f, const HtmlOptions& options) {
  if (!file.source) return;
  const auto snippet = make_snippet(*file.source, f.span, options.snippet);
  if (!snippet) return;
  const std::string number = std::to_string(snippet->line);
  const std::string gutter(number.size() < 4 ? 4 : number.size(), ' ');
  out += "<pre class=\"snippet\">" + std::string(gutter.size() - number.size(), ' ') + number + " | " +
         html_escape(snippet->text) + "\n" + gutter + " | <span class=\"caret\">" + caret_line(*snippet) +
         "</span></pre>";
}

void render_finding(std::string& out, const core::FileReport& file, size_t file_index, size_t index,
                    const HtmlOptions& options) {
  const core::Finding& f = file.findings[index];
  const Region r = finding_region(file, f);
  const char* sev = severity_name(f.severity);
  out += "<li class=\"finding " + std::string(sev) + "\" id=\"" + finding_id(file_index, index) + "\">";
  out += "<div class=\"head\"><span class=\"badge " + std::string(sev) + "\">" + sev + "</span>";
  const std::string where = "line " + std::to_string(r.line) + ", column " + std::to_string(r.column);
  if (file.source && r.line > 0) out += "<a href=\"#" + claim_id(file_index, index) + "\">" + where + "</a>";
  else if (r.line > 0) out += "<span>" + where + "</span>";
  if (!f.rule.empty()) out += "<code>" + html_escape(f.rule) + "</code>";
  out += "<span>" + std::string(core::to_string(f.verdict)) + "</span></div>";
  out += "<p class=\"message\">" + html_escape(f.message) + "</p>";
  render_snippet(out, file, f, options);
  out += "<dl class=\"values\">";
  if (!f.gpu.empty()) out += "<dt>GPU</dt><dd><code>" + html_escape(f.gpu) + "</code></dd>";
  if (!f.field.empty()) out += "<dt>Field</dt><dd>" + html_escape(f.field) + "</dd>";
  if (!f.claimed.empty()) out += "<dt>Claimed</dt><dd>" + html_escape(f.claimed) + "</dd>";
  if (!f.expected.empty()) out += "<dt>Expected</dt><dd><strong>" + html_escape(f.expected) + "</strong></dd>";
  if (!f.suggestion.empty()) {
    out += "<dt>Suggestion</dt><dd class=\"suggestion\"><code>" + html_escape(f.suggestion) + "</code></dd>";
  }
  out += "</dl>";
  render_evidence(out, f);
  for (const core::RelatedLocation& rel : f.related) {
    const Region rr = related_region(file, rel);
    out += "<p class=\"related\">See also <a href=\"#" + line_id(file_index, rr.line) + "\">line " +
           std::to_string(rr.line) + "</a>" + (rel.message.empty() ? "." : ": " + html_escape(rel.message)) + "</p>";
  }
  out += "</li>\n";
}

void render_file(std::string& out, const core::FileReport& file, size_t index, const HtmlOptions& options) {
  out += "<section class=\"file\"><h2>" + html_escape(file.path);
  if (!file.title.empty()) out += " <span class=\"doc-title\">— " + html_escape(file.title) + "</span>";
  out += "</h2>\n";
  for (const core::Error& e : file.errors) {
    core::Error shown = e;
    if (shown.position.file.empty()) shown.position.file = file.path;
    out += "<p class=\"input-error\">" + html_escape(shown.format()) + "</p>\n";
  }
  if (file.findings.empty()) {
    if (file.errors.empty()) out += "<p class=\"clean\">No findings.</p>\n";
    out += "</section>\n";
    return;
  }
  out += file.source ? "<div class=\"layout\">\n" : "<div class=\"layout single\">\n";
  if (file.source) render_article(out, file, index);
  out += "<ol class=\"findings\">\n";
  for (size_t i = 0; i < file.findings.size(); ++i) render_finding(out, file, index, i, options);
  out += "</ol></div></section>\n";
}

}  // namespace

std::string render_html(const std::vector<core::FileReport>& files, const HtmlOptions& options) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Belt and braces: even if some text escaped escaping, nothing loads and nothing runs.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<title>" + html_escape(options.title) + "</title>\n<style>" + kHtmlStyle + "</style>\n</head>\n<body>\n";
  out += "<header class=\"page\"><h1>" + html_escape(options.title) + "</h1><p class=\"summary\">" +
         html_escape(summary_sentence(tally(files))) + "</p></header>\n<main>\n";
  for (size_t i = 0; i < files.size(); ++i) render_file(out, files[i], i, options);
  out += "</main>\n";
  if (!options.tool_version.empty()) out += "<footer>factcheck " + html_escape(options.tool_version) + "</footer>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace reports
