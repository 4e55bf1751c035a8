// JUnit XML renderer; tested in tests/reports/junit_report_test.cpp.
#include "reports/junit_report.h"

#include "reports/html_text.h"

namespace reports {
namespace {

std::string where(const core::Position& p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

std::string render_junit(const std::vector<core::FileReport>& files) {
  int tests = 0, failures = 0, errors = 0;
  std::string suites;
  for (const auto& file : files) {
    int file_tests = 0, file_failures = 0;
    std::string cases;
    const std::string path = html_escape(file.path);
    for (const auto& e : file.errors) {
      ++file_tests;
      ++errors;
      cases += "    <testcase classname=\"" + path + "\" name=\"input error\"><error message=\"" + html_escape(e.message) +
               "\">" + html_escape(e.format()) + "</error></testcase>\n";
    }
    for (const auto& f : file.findings) {
      ++file_tests;
      const std::string name = html_escape(f.rule + " at " + where(f.begin));
      const std::string text = html_escape(file.path + ":" + where(f.begin) + ": " + core::to_string(f.severity) + ": " +
                                           f.message + (f.suggestion.empty() ? "" : "\nsuggestion: " + f.suggestion));
      cases += "    <testcase classname=\"" + path + "\" name=\"" + name + "\">";
      if (f.severity == core::Severity::info) {
        cases += "<system-out>" + text + "</system-out>";
      } else {
        ++file_failures;
        cases += "<failure type=\"" + std::string(core::to_string(f.severity)) + "\" message=\"" + html_escape(f.message) +
                 "\">" + text + "</failure>";
      }
      cases += "</testcase>\n";
    }
    if (file_tests == 0) {
      ++file_tests;
      cases += "    <testcase classname=\"" + path + "\" name=\"no findings\"/>\n";
    }
    tests += file_tests;
    failures += file_failures;
    suites += "  <testsuite name=\"" + path + "\" tests=\"" + std::to_string(file_tests) + "\" failures=\"" +
              std::to_string(file_failures) + "\" errors=\"" + std::to_string(file.errors.size()) + "\">\n" + cases +
              "  </testsuite>\n";
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factcheck\" tests=\"" + std::to_string(tests) +
         "\" failures=\"" + std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\">\n" + suites +
         "</testsuites>\n";
}

}  // namespace reports
