// One-line description of where an expected value comes from; tested in tests/reports/provenance_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/finding.h"

namespace reports {

// "vendor: https://…", "measured: captures/l4.xml, driver 550.54, 2024-03-01",
// "derived: 2 × clock × width / 8": the source kind, then the most precise handle on the
// source (URL, capture, title, id), then its detail.
std::string describe_evidence(const core::Evidence& evidence);

// The evidence joined with " | ", in the order the rule gave it (precedence order).
std::string describe_evidence(const std::vector<core::Evidence>& evidence);

// The handle alone: URL, else capture, else title, else source id ("" when none).
std::string evidence_reference(const core::Evidence& evidence);

}  // namespace reports
