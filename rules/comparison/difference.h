// comparison-difference: "1GB less VRAM than the Quadro RTX 6000" with the wrong amount; tested in tests/rules/comparison/difference_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A comparison by an amount ("256 fewer CUDA cores than X", "four extra gigabytes", "50 W
/// lower") is checked against the catalog values of both GPUs: the stated amount must be
/// their difference, at the writer's precision plus the field's tolerance, and point the
/// right way. A GPU without one value for the field (a family whose members differ, a field
/// the catalog lacks) is not judged.
class ComparisonDifference : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
