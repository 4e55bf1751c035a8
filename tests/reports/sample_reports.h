// Fixed FileReports for the renderer tests and golden files; used by tests/reports/*_test.cpp.
#pragma once
#include <vector>

#include "core/finding.h"

namespace sample {

// Three inputs: an article with one finding of each kind (refuted, variant warning,
// unverifiable, inconsistent with a related location, two overlapping spans, a tab and
// non-ASCII text, HTML-special characters); a file that could not be read; a clean file.
std::vector<core::FileReport> reports();

// Awkward inputs: an absolute path outside the source tree with a claim across a line
// break, a URL with a finding lacking resolved positions and an empty span, a finding
// with no source and a rule missing from rules(), an input error with a position.
std::vector<core::FileReport> edge_reports();

// Metadata for the rules the sample findings use.
std::vector<core::RuleInfo> rules();

}  // namespace sample
