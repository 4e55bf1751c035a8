// derived-fp32-formula: stated FP32 vs 2 x stated cores x stated boost clock; tested in tests/rules/derived/fp32_formula_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// When a document states a GPU's shader count, boost clock and FP32 throughput, they must
/// satisfy FP32 = 2 x cores x boost clock (one fused multiply-add per core per clock; 4 where
/// the GPU's catalog figures give 4, as on dual-issue RDNA 3/4 and packed-FP32 CDNA 3). A
/// mismatch beyond 2% is reported at the FP32 figure; so is an FP64 figure that breaks the
/// FP32:FP64 ratio the same text states ("480.2 GFLOPS (1:64)").
class Fp32Formula : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
