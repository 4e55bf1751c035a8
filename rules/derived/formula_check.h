// Shared shape of the derived-formula rules: the document's own numbers for one GPU; tested in tests/rules/derived/*_test.cpp.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "rules/rule.h"

namespace rules {

// For each GPU, the first exact value the document states for each field.
using StatedValues = std::map<std::string, std::map<std::string, const extract::Claim*>>;
StatedValues stated_values(const std::vector<extract::Claim>& claims);

// Whether `actual` and `stated` agree within `relative` plus the claim's stated precision.
bool formula_agrees(const extract::Claim& stated, double actual_base, double relative);

// The finding both formula rules report: the document contradicts itself at `stated`.
core::Finding formula_finding(const std::string& gpu, const extract::Claim& stated, std::string expected,
                              std::string message);

}  // namespace rules
