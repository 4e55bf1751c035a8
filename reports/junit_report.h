// JUnit XML for CI test views: one testsuite per file, one testcase per finding; tested in tests/reports/junit_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

// Errors and warnings are <failure type="error|warning">, infos pass with the message in
// <system-out> (they are not wrong, only unverified), input errors are <error>. A clean
// file is one passing testcase, so test views list every file that was checked.
std::string render_junit(const std::vector<core::FileReport>& files);

}  // namespace reports
