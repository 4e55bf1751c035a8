// catalog-feature-mismatch: a GPU said to have or lack a feature the catalog says otherwise; tested in tests/rules/catalog/feature_mismatch_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A feature claim ("the L40S has no NVLink", "the A100 supports FP8", "no MIG on the A30")
/// is judged by the catalog field that shows the feature (core::features(): NVLink by the
/// interconnect, MIG by the instance count, FP8 and FP4 by their tensor rates, ECC and
/// structured sparsity by their yes/no), taken from the GPU's own record or, where the
/// record leaves it out, from its architecture's facts (an Ampere GPU has no FP8 Tensor
/// Cores). A claim the catalog cannot decide is left alone; one it contradicts is an error
/// with the catalog value and its source, unless an innocent reading explains it (the
/// feature is right for another GPU the sentence names, or the GPU was named weakly).
class FeatureMismatch : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
