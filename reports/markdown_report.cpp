// Markdown renderer; tested in tests/reports/markdown_report_test.cpp and tests/golden/reports/article.md.
#include "reports/markdown_report.h"

#include <algorithm>

#include "reports/location.h"
#include "reports/provenance.h"
#include "reports/tally.h"
#include "reports/utf8_text.h"

namespace reports {

namespace {

// Backslash-escapes the characters that would start emphasis, code, links, HTML or a
// table cell break; newlines become spaces so a cell stays one row.
std::string escape(const std::string& raw) {
  std::string out;
  for (const char c : valid_utf8(raw)) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|~&#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

size_t longest_run(const std::string& text, char c) {
  size_t best = 0, run = 0;
  for (const char x : text) {
    run = x == c ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

// `text` as an inline code span, with a fence longer than any backtick run inside. In a
// table, pipes are escaped even there: GitHub splits cells before it parses code spans.
std::string code(const std::string& raw, bool in_table = false) {
  std::string text = valid_utf8(raw);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::string safe;
  for (const char c : text) {
    if (in_table && c == '|') safe += '\\';
    safe += c;
  }
  const std::string fence(longest_run(safe, '`') + 1, '`');
  const bool pad = !safe.empty() && (safe.front() == '`' || safe.back() == '`');
  return fence + (pad ? " " : "") + safe + (pad ? " " : "") + fence;
}

bool is_web_link(const std::string& url) {
  return (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) &&
         url.find_first_of(" <>\n\r\"") == std::string::npos;
}

std::string evidence_cell(const std::vector<core::Evidence>& evidence) {
  std::string out;
  for (const core::Evidence& e : evidence) {
    if (!out.empty()) out += "<br>";
    out += escape(e.source_kind.empty() ? "source" : e.source_kind) + ": ";
    if (is_web_link(e.url)) {
      out += "[" + escape(e.title.empty() ? e.url : e.title) + "](<" + e.url + ">)";
    } else {
      const std::string reference = evidence_reference(e);
      out += reference.empty() ? std::string("(no source recorded)")
                               : (e.capture.empty() ? escape(reference) : code(reference, true));
    }
    if (!e.detail.empty()) out += ", " + escape(e.detail);
  }
  return out.empty() ? std::string("—") : out;
}

std::string finding_cell(const core::FileReport& file, const core::Finding& f) {
  std::string out = escape(f.message);
  if (!f.rule.empty()) out += " " + code(f.rule, true);
  for (const core::RelatedLocation& r : f.related) {
    const Region rr = related_region(file, r);
    out += "<br>line " + std::to_string(rr.line) + ": " + escape(r.message.empty() ? "related" : r.message);
  }
  return out;
}

// The claim's line with the suggestion in place of the claim, when the claim sits on one line.
std::string corrected_line(const core::FileReport& file, const core::Finding& f) {
  if (!file.source || f.span.end > file.source->size() || f.span.empty()) return {};
  const int line = file.source->position(f.span.begin).line;
  if (file.source->position(f.span.end).line != line) return {};
  const std::string text(file.source->line_text(line));
  const size_t begin = f.span.begin - file.source->line_start(line);
  if (begin + f.span.size() > text.size()) return {};
  return valid_utf8(text.substr(0, begin) + f.suggestion + text.substr(begin + f.span.size()));
}

void render_suggestions(std::string& out, const core::FileReport& file, const MarkdownOptions& options) {
  bool any = false;
  for (const core::Finding& f : file.findings) {
    if (f.suggestion.empty()) continue;
    if (!any) out += "\n**Suggestions**\n\n";
    any = true;
    const Region r = finding_region(file, f);
    out += "Line " + std::to_string(r.line) + ": replace " + code(f.claimed.empty() ? f.suggestion : f.claimed) +
           " with " + code(f.suggestion) + "\n";
    const std::string line = options.suggestion_blocks ? corrected_line(file, f) : std::string();
    if (!line.empty()) {
      const std::string fence(std::max<size_t>(3, longest_run(line, '`') + 1), '`');
      out += "\n" + fence + "suggestion\n" + line + "\n" + fence + "\n";
    }
    out += "\n";
  }
}

// Ends `out` with exactly one empty line, so blocks are separated the same way wherever they end.
void blank_line(std::string& out) {
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  out += out.empty() || out.back() == '\n' ? "\n" : "\n\n";
}

void render_file(std::string& out, const core::FileReport& file, const MarkdownOptions& options) {
  blank_line(out);
  out += "### " + code(file.path);
  if (!file.title.empty()) out += " — " + escape(file.title);
  out += "\n\n";
  for (const core::Error& e : file.errors) {
    core::Error shown = e;
    if (shown.position.file.empty()) shown.position.file = file.path;
    out += "> **Could not check:** " + escape(shown.format()) + "\n\n";
  }
  if (file.findings.empty()) return;
  out += "| Line | Severity | Claim | Expected | Source | Finding |\n";
  out += "|---:|---|---|---|---|---|\n";
  const std::string none = "—";
  for (const core::Finding& f : file.findings) {
    const Region r = finding_region(file, f);
    // Errors in bold so they stand out in a long table; the words stay for screen readers.
    const std::string severity = f.severity == core::Severity::error ? "**error**" : core::to_string(f.severity);
    out += "| " + (r.line > 0 ? std::to_string(r.line) : none) + " | " + severity + " | ";
    out += (f.claimed.empty() ? none : code(f.claimed, true)) + " | ";
    out += (f.expected.empty() ? none : code(f.expected, true)) + " | ";
    out += evidence_cell(f.evidence) + " | " + finding_cell(file, f) + " |\n";
  }
  render_suggestions(out, file, options);
}

}  // namespace

std::string render_markdown(const std::vector<core::FileReport>& files, const MarkdownOptions& options) {
  const Tally t = tally(files);
  std::string out = "## factcheck: " + summary_sentence(t) + "\n";
  for (const core::FileReport& file : files) {
    if (!file.findings.empty() || !file.errors.empty()) render_file(out, file, options);
  }
  const int clean = t.files - t.files_with_problems;
  if (clean > 0 && t.files_with_problems > 0) {
    blank_line(out);
    out += std::to_string(clean) + (clean == 1 ? " other file had" : " other files had") + " no findings.\n";
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  return out;
}

}  // namespace reports
