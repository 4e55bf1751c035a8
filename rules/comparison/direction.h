// comparison-direction: "higher", "lower", "better process", "newer" contradicted by the values; tested in tests/rules/comparison/direction_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A comparison between two GPUs ("greater memory bandwidth", "below the RTX 4060 Ti's
/// 288 GB/s", "better manufacturing process", "newer technology") is checked against the
/// catalog values of both, and, where the catalog lacks one, against the numbers the
/// sentence itself states. Equal values refute "higher" and "lower"; the same process node
/// refutes "better process"; the same architecture refutes "newer". A comparison the
/// values support, or cannot decide, is not reported.
class ComparisonDirection : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
