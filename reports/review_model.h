// What an editor reviews: one card per judged span (the strongest finding leads) and one mark per claim; tested in tests/reports/review_model_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/finding.h"
#include "reports/tally.h"

namespace reports {

inline constexpr size_t kNoMark = static_cast<size_t>(-1);

// Findings on the same span, the strongest first: several rules judging one claim give
// one card, never two that contradict each other; the others are listed inside it.
struct FindingGroup {
  size_t lead = 0;             // index into FileReport::findings
  std::vector<size_t> others;  // weaker findings on the same span, strongest first
  size_t mark = kNoMark;       // the mark the card links to (kNoMark: span not in the source)
};

// One marked place in the article: every extracted claim, and any finding whose span is
// no claim's.
struct Mark {
  core::Span span;
  core::Verdict verdict = core::Verdict::unverifiable;
  std::string field;
  std::string gpu;
  bool claim = false;   // an extracted claim (false: a finding's span only)
  int group = -1;       // index into ReviewModel::groups, -1 when no finding is about it
};

struct ReviewModel {
  std::vector<FindingGroup> groups;  // in the order of their lead findings' spans
  std::vector<Mark> marks;           // by begin, the longer of two first (outer before inner)
};

// Stronger: more severe, then refuted > inconsistent > explained > unverifiable, then the
// more confident attribution, then the earlier finding.
bool stronger(const core::Finding& a, const core::Finding& b);

// A claim without a finding is supported when it was checkable, else unverifiable; a claim
// with findings takes its strongest finding's verdict.
ReviewModel review_model(const core::FileReport& file);

// Like tally(), but counting one finding per judged span (each card once), as the review
// reports show them.
Tally review_tally(const std::vector<core::FileReport>& files);

}  // namespace reports
