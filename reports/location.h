// Line/column regions of findings and related locations, for every renderer; tested in tests/reports/location_test.cpp.
#pragma once
#include "core/finding.h"

namespace reports {

// 1-based lines, 1-based code-point columns; end is exclusive (the column after the
// claim), the convention SARIF regions also use. Zero means unknown.
struct Region {
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
};

// Uses the positions the pipeline resolved; falls back to the Source when they are
// missing, so a finding built without positions still points at its bytes.
Region finding_region(const core::FileReport& file, const core::Finding& finding);
Region related_region(const core::FileReport& file, const core::RelatedLocation& related);

// "path:line:col" (or "path" / "path:line" when parts are unknown).
std::string format_location(const std::string& path, const Region& region);

}  // namespace reports
