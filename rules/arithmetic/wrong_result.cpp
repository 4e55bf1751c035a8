// arithmetic-wrong-result; tested in tests/rules/arithmetic/wrong_result_test.cpp.
#include "rules/arithmetic/wrong_result.h"

#include <cmath>

#include "core/quantity.h"

namespace rules {
namespace {

bool close(double actual, double stated, int decimals) {
  const double slack = std::max(0.5 * std::pow(10.0, -decimals), 0.05 * std::abs(stated));
  return std::abs(actual - stated) <= slack + 1e-9;
}

}  // namespace

const core::RuleInfo& ArithmeticWrongResult::info() const {
  static const core::RuleInfo info{
      "arithmetic-wrong-result", "arithmetic", "A written-out calculation with a wrong result",
      "Recomputes operations stated with their result (multiplication, division, addition, subtraction, unit "
      "conversions of durations) and reports results off by more than half their last digit or 5%.",
      core::Severity::error};
  return info;
}

void ArithmeticWrongResult::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::arithmetic || !claim.result || claim.operands.empty()) continue;
    std::vector<std::pair<double, double>> checks;  // (actual, stated)
    const auto& r = *claim.result;
    if (claim.op == "convert") {
      const auto& from = claim.operands[0];
      checks.emplace_back(from.base_value() / core::base_factor(r.unit), r.value);
      if (from.upper && r.upper) checks.emplace_back(*from.base_upper() / core::base_factor(r.unit), *r.upper);
    } else if (claim.operands.size() == 2) {
      const double a = claim.operands[0].value, b = claim.operands[1].value;
      double actual = 0;
      if (claim.op == "*") actual = a * b;
      else if (claim.op == "/") actual = b != 0 ? a / b : NAN;
      else if (claim.op == "+") actual = a + b;
      else if (claim.op == "-") actual = a - b;
      if (std::isnan(actual)) continue;
      checks.emplace_back(actual, r.value);
    }
    for (auto& [actual, stated] : checks) {
      if (close(actual, stated, r.decimals)) continue;
      core::Finding f;
      f.severity = core::Severity::error;
      f.verdict = core::Verdict::inconsistent;
      f.span = claim.span;
      f.gpu = claim.gpu.id;
      f.field = "arithmetic";
      f.claimed = claim.expression;
      f.expected = core::format_number(actual, std::max(r.decimals, 1));
      f.message = "The calculation gives " + f.expected + ", not " + core::format_number(stated, 3);
      sink.report(info(), std::move(f));
      break;
    }
  }
}

}  // namespace rules
