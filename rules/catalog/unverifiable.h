// catalog-unverifiable: a claim about a GPU or field the catalog does not know; tested in tests/rules/catalog/unverifiable_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// A value stated for a GPU name that is not in the catalog, or for a field the catalog has
/// no value for on that GPU, cannot be checked. It is reported as `info` with verdict
/// `unverifiable` so an editor knows it was seen and not judged: the checker never guesses.
class Unverifiable : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
