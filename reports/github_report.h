// GitHub Actions workflow commands (::error file=..,line=..,col=..::message), one per finding; tested in tests/reports/github_report_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

// error -> ::error, warning -> ::warning, info -> ::notice; input errors are ::error. The
// title is the rule id, so the annotation says which rule without opening the log.
std::string render_github(const std::vector<core::FileReport>& files);

}  // namespace reports
