// arithmetic-wrong-result: a stated operation whose stated result is wrong; tested in tests/rules/arithmetic/wrong_result_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// Operations written out with their result ("514 x 0.70 = 360", "3,000-5,000 hours = 4-7
/// months") are recomputed. The result agrees within half of its last stated digit or 5%,
/// whichever is wider, because writers round; anything further off is an error that gives
/// the right result.
class ArithmeticWrongResult : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
