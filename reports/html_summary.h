// The overview at the top of each file in the HTML report: claims by verdict, findings by severity, GPUs named, what was confirmed; tested in tests/reports/html_report_test.cpp.
#pragma once
#include <cstddef>
#include <string>

#include "core/finding.h"
#include "reports/review_model.h"

namespace reports {

// Counts link to the first mark or card they count, so the overview is also a way in.
std::string render_file_overview(const core::FileReport& file, const ReviewModel& model, size_t file_index);

}  // namespace reports
