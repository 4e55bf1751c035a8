// Stated values per GPU for the derived rules; tested in tests/rules/derived/bandwidth_formula_test.cpp.
#include "rules/derived/formula_check.h"

#include <cmath>

#include "rules/claim_against_catalog.h"
#include "rules/innocent_readings.h"

namespace rules {

StatedValues stated_values(const std::vector<extract::Claim>& claims) {
  StatedValues out;
  for (const auto& c : claims) {
    if (c.kind != extract::ClaimKind::value || !c.quantity || !c.gpu.resolved()) continue;
    if (c.quantity->qualifier != core::Qualifier::exact) continue;
    // A per-stack width or an 8-GPU total is not the GPU's own figure, and an unsure
    // attribution may pair figures of two GPUs: neither may feed a formula.
    if (!c.scope.empty() || c.confidence < kConfidentAttribution) continue;
    out[c.gpu.id].emplace(c.field, &c);
  }
  return out;
}

bool blame_lies_with_input(const Context& context, const std::string& gpu, const extract::Claim& result,
                           std::initializer_list<const extract::Claim*> inputs) {
  const auto* g = context.catalog.find(gpu);
  if (!g || !claim_judgeable(result, *g) || !claim_agrees(result, *g)) return false;
  for (const auto* input : inputs) {
    if (claim_judgeable(*input, *g) && !claim_agrees(*input, *g)) return true;
  }
  return false;
}

bool formula_agrees(const extract::Claim& stated, double actual_base, double relative) {
  const double v = stated.quantity->base_value();
  const double slack = std::max(stated.quantity->base_resolution(), relative * std::abs(actual_base));
  return std::abs(v - actual_base) <= slack;
}

core::Finding formula_finding(const std::string& gpu, const extract::Claim& stated, std::string expected,
                              std::string message) {
  core::Finding f;
  f.severity = core::Severity::error;
  f.verdict = core::Verdict::inconsistent;
  f.span = stated.span;
  f.gpu = gpu;
  f.field = stated.field;
  f.claimed = stated.text;
  f.expected = std::move(expected);
  f.message = std::move(message);
  return f;
}

}  // namespace rules
