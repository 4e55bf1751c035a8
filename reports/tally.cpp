// Severity counts and the summary sentence; tested in tests/reports/tally_test.cpp.
#include "reports/tally.h"

namespace reports {

Tally tally(const std::vector<core::FileReport>& files) {
  Tally t;
  for (const core::FileReport& f : files) {
    ++t.files;
    for (const core::Finding& x : f.findings) {
      switch (x.severity) {
        case core::Severity::error: ++t.errors; break;
        case core::Severity::warning: ++t.warnings; break;
        case core::Severity::info: ++t.infos; break;
      }
    }
    t.input_errors += static_cast<int>(f.errors.size());
    t.suppressed += f.suppressed;
    if (!f.findings.empty() || !f.errors.empty()) ++t.files_with_problems;
  }
  return t;
}

namespace {
std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string files_phrase(int n) { return count(n, "file", "files"); }
}  // namespace

std::string summary_sentence(const Tally& t) {
  std::string parts;
  const auto add = [&](int n, const char* one, const char* many) {
    if (n == 0) return;
    if (!parts.empty()) parts += ", ";
    parts += count(n, one, many);
  };
  add(t.errors, "error", "errors");
  add(t.warnings, "warning", "warnings");
  add(t.infos, "info", "infos");
  add(t.input_errors, "input error", "input errors");
  std::string out;
  if (parts.empty()) {
    out = "no findings in " + files_phrase(t.files);
  } else {
    out = parts + " in " + files_phrase(t.files_with_problems);
    // Say how many were checked when some were clean, so "in 1 file" is not read as "1 file checked".
    if (t.files > t.files_with_problems) out += " (" + std::to_string(t.files) + " checked)";
  }
  if (t.suppressed > 0) out += "; " + count(t.suppressed, "finding suppressed", "findings suppressed");
  return out;
}

}  // namespace reports
