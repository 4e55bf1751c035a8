// catalog-value-mismatch: a stated value that contradicts the catalog; tested in tests/rules/catalog/value_mismatch_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A value claim (memory size, bandwidth, clocks, cores, architecture, outputs, ...) about a
/// catalog GPU is compared with the catalog's value for that field, at the precision the
/// writer used plus the field's tolerance ("300 GB/s" agrees with 300.1, "1 TB/s" with
/// 1,008 GB/s, "~120" allows its approximation). A value that contradicts it is an error
/// with the expected value, its source and a suggested replacement; a value that fits a
/// sibling variant of the same family instead (the 16 GB model's figure given for the
/// 8 GB one) is a warning naming that variant; a dense tensor figure called sparse, or the
/// reverse, is an error. A family name ("RTX 4060 Ti") is satisfied by any member.
class ValueMismatch : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
