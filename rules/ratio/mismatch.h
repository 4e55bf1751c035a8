// ratio-mismatch: "2.9x the bandwidth" checked against the values; tested in tests/rules/ratio/mismatch_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A stated ratio between two GPUs ("2.9x the bandwidth", "4x the power draw (230 W vs
/// 72 W)", "roughly 1/3 of L40S's ~360 TFLOPS") is checked against the numbers the sentence
/// states for both sides, or else the catalog values. Writers round ratios loosely, so a
/// ratio agrees within half its last digit or 10% (15% with "~"), whichever is wider. A vague
/// "compute" agrees if FP32 or FP16 Tensor throughput gives the ratio.
class RatioMismatch : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
