// GitHub workflow-command renderer; tested in tests/reports/github_report_test.cpp.
#include "reports/github_report.h"

#include "reports/tally.h"

namespace reports {
namespace {

// The escaping @actions/core applies: the message may not hold % CR LF; property values
// additionally not ':' and ',' which delimit them.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* command(core::Severity s) {
  switch (s) {
    case core::Severity::error: return "error";
    case core::Severity::warning: return "warning";
    case core::Severity::info: return "notice";
  }
  return "error";
}

std::string position(const std::string& path, const core::Position& begin, const core::Position& end) {
  std::string out = "file=" + escape_property(path);
  if (begin.line > 0) out += ",line=" + std::to_string(begin.line);
  if (begin.column > 0) out += ",col=" + std::to_string(begin.column);
  if (end.line > 0) out += ",endLine=" + std::to_string(end.line);
  if (end.column > 0 && end.line == begin.line) out += ",endColumn=" + std::to_string(end.column);
  return out;
}

}  // namespace

std::string render_github(const std::vector<core::FileReport>& files) {
  std::string out;
  for (const auto& file : files) {
    for (const auto& e : file.errors) {
      out += "::error " + position(file.path, e.position, {}) + ",title=input error::" + escape_data(e.message) + "\n";
    }
    for (const auto& f : file.findings) {
      std::string message = f.message;
      if (!f.suggestion.empty()) message += "\nsuggestion: " + f.suggestion;
      out += std::string("::") + command(f.severity) + " " + position(file.path, f.begin, f.end) +
             ",title=" + escape_property(f.rule) + "::" + escape_data(message) + "\n";
    }
  }
  // A plain line too, so the log shows the count next to the annotations.
  out += "factcheck: " + summary_sentence(tally(files)) + "\n";
  return out;
}

}  // namespace reports
