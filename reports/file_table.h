// Per-file summary table printed after the findings of a batch run; tested in tests/reports/file_table_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

// One row per file with its error, warning, info and input-error counts, columns aligned:
//   file              errors  warnings  infos  input errors
//   docs/a.md              2         0      1             0
std::string render_file_table(const std::vector<core::FileReport>& files);

}  // namespace reports
