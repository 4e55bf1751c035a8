// Counts of findings by severity and the summary sentence; tested in tests/reports/tally_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

struct Tally {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int input_errors = 0;       // FileReport::errors: files or pages that could not be checked
  int files = 0;              // files checked
  int files_with_problems = 0;  // files with a finding or an input error
  int suppressed = 0;         // findings suppressed by comments, so silence is visible
};

Tally tally(const std::vector<core::FileReport>& files);

// "3 errors, 1 warning in 2 files", "no findings in 4 files",
// "1 error, 1 input error in 2 files", "no findings in 1 file; 2 findings suppressed".
std::string summary_sentence(const Tally& t);

}  // namespace reports
