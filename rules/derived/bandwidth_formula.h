// derived-bandwidth-formula: stated bandwidth vs stated bus width x data rate / 8; tested in tests/rules/derived/bandwidth_formula_test.cpp.
#pragma once
#include "rules/rule.h"

namespace rules {

/// When a document states a GPU's memory bus width, per-pin data rate and bandwidth, the
/// three must satisfy bandwidth = bus width x data rate / 8 (192 bit x 21 Gbps / 8 = 504 GB/s).
/// A mismatch beyond 2% means at least one of the document's numbers is wrong, whatever
/// the catalog says; it is reported at the bandwidth figure.
class BandwidthFormula : public Rule {
 public:
  const core::RuleInfo& info() const override;
  void check(const Context& context, Sink& sink) const override;
};

}  // namespace rules
