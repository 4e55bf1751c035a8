// derived-bandwidth-formula; tested in tests/rules/derived/bandwidth_formula_test.cpp.
#include "rules/derived/bandwidth_formula.h"

#include "core/quantity.h"
#include "rules/derived/formula_check.h"

namespace rules {

const core::RuleInfo& BandwidthFormula::info() const {
  static const core::RuleInfo info{
      "derived-bandwidth-formula", "derived", "Stated bandwidth, bus width and data rate that do not add up",
      "Checks bandwidth = bus width x per-pin data rate / 8 on the numbers the document itself states for one GPU; "
      "a mismatch beyond 2% means one of them is wrong.",
      core::Severity::error};
  return info;
}

void BandwidthFormula::check(const Context& context, Sink& sink) const {
  for (const auto& [gpu, fields] : stated_values(context.claims)) {
    auto bw = fields.find("memory_bandwidth");
    auto bus = fields.find("memory_bus_width");
    auto rate = fields.find("memory_data_rate");
    if (bw == fields.end() || bus == fields.end() || rate == fields.end()) continue;
    const double bits = bus->second->quantity->base_value();
    const double per_pin = rate->second->quantity->base_value();
    const double expected = bits * per_pin / 8.0;  // bytes per second
    if (formula_agrees(*bw->second, expected, 0.02)) continue;
    if (blame_lies_with_input(context, gpu, *bw->second, {bus->second, rate->second})) continue;
    const std::string expected_text = core::format_number(expected / 1e9, 1) + " GB/s";
    core::Finding f = formula_finding(gpu, *bw->second, expected_text,
                                      "The article's own figures give " + expected_text + " (" + bus->second->text +
                                          " x " + rate->second->text + " / 8), not " + bw->second->text);
    for (auto* other : {bus->second, rate->second}) {
      core::RelatedLocation r;
      r.span = other->span;
      r.message = "stated here as " + other->text;
      f.related.push_back(r);
    }
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
