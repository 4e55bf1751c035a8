// Shared shape of the derived-formula rules: the document's own numbers for one GPU; tested in tests/rules/derived/*_test.cpp.
#pragma once
#include <map>
#include <optional>
#include <initializer_list>
#include <string>

#include "rules/rule.h"

namespace rules {

// For each GPU, the first exact value the document states for each field.
using StatedValues = std::map<std::string, std::map<std::string, const extract::Claim*>>;
StatedValues stated_values(const std::vector<extract::Claim>& claims);

// Whether `actual` and `stated` agree within `relative` plus the claim's stated precision.
bool formula_agrees(const extract::Claim& stated, double actual_base, double relative);

// Whether the formula's disagreement is the catalog rule's to report: the stated result
// matches the catalog and one of the stated inputs does not, so the input is the wrong one
// ("128-bit, 272 GB/s ... runs at 18 Gbps" blames the 18 Gbps, not the right 272 GB/s).
bool blame_lies_with_input(const Context& context, const std::string& gpu, const extract::Claim& result,
                           std::initializer_list<const extract::Claim*> inputs);

// The finding both formula rules report: the document contradicts itself at `stated`.
core::Finding formula_finding(const std::string& gpu, const extract::Claim& stated, std::string expected,
                              std::string message);

}  // namespace rules
