// One finding card of the HTML report: claim, expected value, evidence by GPU and source, suggestion, other rules on the same claim; tested in tests/reports/html_report_test.cpp.
#pragma once
#include <cstddef>
#include <string>

#include "core/finding.h"
#include "reports/review_model.h"

namespace reports {

// The card for model.groups[group], as an <li> with the id the claim's mark links to and
// previous/next links to the neighbouring cards (keyboard navigation without a script).
std::string render_card(const core::FileReport& file, const ReviewModel& model, size_t file_index, size_t group);

}  // namespace reports
