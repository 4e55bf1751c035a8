// feasibility-model-does-not-fit: a model said to fit in memory that cannot; tested in tests/rules/feasibility/model_does_not_fit_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// "24 GB fits 70B Q4": the weights alone take parameters x bits / 8 bytes (70B at 4 bits is
/// 35 GB) before any KV cache, activations or runtime overhead. When that lower bound already
/// exceeds the memory the sentence states, or the GPU's memory in the catalog, the claim is an
/// error whose message states the assumptions. Anything that might fit is not reported.
class ModelDoesNotFit : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
