// consistency-conflicting-values: one GPU, one field, two values in one document; tested in tests/rules/consistency/conflicting_values_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// The same GPU and field given different values in one document (the L4 at 16 GB in a
/// list and 24 GB in a table) is reported once, at the later place, with the earlier one as
/// a related location. Where the catalog has a value for the field, each wrong occurrence is
/// already a catalog-value-mismatch, so this rule only speaks when the catalog cannot say
/// which one is right. Ranges and qualified values ("up to", "~") are not compared.
class ConflictingValues : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
