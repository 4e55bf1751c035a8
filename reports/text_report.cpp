// Terminal renderer; tested in tests/reports/text_report_test.cpp and tests/golden/reports/*.txt.
#include "reports/text_report.h"

#include "reports/location.h"
#include "reports/provenance.h"
#include "reports/tally.h"
#include "reports/utf8_text.h"

namespace reports {

namespace {

// ANSI styles, empty when colour is off so the layout code never branches on it.
struct Style {
  std::string bold, red, magenta, cyan, green, dim, reset;
  explicit Style(bool on) {
    if (!on) return;
    bold = "\x1b[1m";
    red = "\x1b[1;31m";
    magenta = "\x1b[1;35m";
    cyan = "\x1b[1;36m";
    green = "\x1b[1;32m";
    dim = "\x1b[2m";
    reset = "\x1b[0m";
  }
  const std::string& severity(core::Severity s) const {
    switch (s) {
      case core::Severity::error: return red;
      case core::Severity::warning: return magenta;
      case core::Severity::info: return cyan;
    }
    return red;
  }
};

void render_snippet(std::string& out, const core::FileReport& file, const core::Finding& f,
                    const TextOptions& options, const Style& st) {
  if (!file.source) return;
  const auto snippet = make_snippet(*file.source, f.span, options.snippet);
  if (!snippet) return;
  const std::string number = std::to_string(snippet->line);
  const std::string gutter(number.size() < 5 ? 5 : number.size(), ' ');
  out += std::string(gutter.size() - number.size(), ' ') + number + " | " + snippet->text + "\n";
  out += gutter + " | " + st.green + caret_line(*snippet) + st.reset + "\n";
}

void render_finding(std::string& out, const core::FileReport& file, const core::Finding& f,
                    const TextOptions& options, const Style& st) {
  const std::string path = printable(file.path);
  out += st.bold + format_location(path, finding_region(file, f)) + ":" + st.reset + " ";
  out += st.severity(f.severity) + core::to_string(f.severity) + ":" + st.reset + " ";
  out += st.bold + printable(f.message) + st.reset;
  if (!f.rule.empty()) out += " " + st.dim + "[" + printable(f.rule) + "]" + st.reset;
  out += "\n";
  render_snippet(out, file, f, options, st);
  if (!f.expected.empty()) {
    out += "  " + st.bold + "expected:" + st.reset + " " + printable(f.expected);
    if (!f.evidence.empty()) out += " (" + printable(describe_evidence(f.evidence)) + ")";
    out += "\n";
  } else if (!f.evidence.empty()) {
    out += "  " + st.bold + "source:" + st.reset + " " + printable(describe_evidence(f.evidence)) + "\n";
  }
  if (!f.suggestion.empty()) {
    out += "  " + st.bold + "suggestion:" + st.reset + " " + st.green + printable(f.suggestion) + st.reset + "\n";
  }
  for (const core::RelatedLocation& r : f.related) {
    out += "  " + st.cyan + "note:" + st.reset + " " + format_location(path, related_region(file, r)) + ": " +
           (r.message.empty() ? std::string("related location") : printable(r.message)) + "\n";
  }
}

}  // namespace

std::string render_text(const std::vector<core::FileReport>& files, const TextOptions& options) {
  const Style st(options.color);
  std::string out;
  for (const core::FileReport& file : files) {
    for (const core::Error& e : file.errors) {
      core::Error shown = e;
      if (shown.position.file.empty()) shown.position.file = file.path;
      out += st.red + printable(shown.format()) + st.reset + "\n";
    }
    for (const core::Finding& f : file.findings) render_finding(out, file, f, options, st);
  }
  if (options.summary) out += summary_sentence(tally(files)) + "\n";
  return out;
}

}  // namespace reports
