// derived-fp32-formula; tested in tests/rules/derived/fp32_formula_test.cpp.
#include "rules/derived/fp32_formula.h"

#include <cmath>
#include <regex>

#include "core/quantity.h"
#include "rules/derived/formula_check.h"

namespace rules {
namespace {

// FP32 operations per core per clock: 2 (one FMA), unless the catalog's own figures for the
// GPU give another whole number (RDNA 3/4 and CDNA 3 dual-issue or pack FP32: 4).
double flops_per_core_clock(const catalog::Catalog& catalog, const std::string& id) {
  const auto* g = catalog.find(id);
  const auto* cores = g ? g->field("cuda_cores") : nullptr;
  const auto* boost = g ? g->field("boost_clock") : nullptr;
  const auto* fp32 = g ? g->field("fp32_tflops") : nullptr;
  if (!cores || !boost || !fp32 || !cores->is_number() || !boost->is_number() || !fp32->is_number()) return 2;
  if (cores->number() <= 0 || boost->number() <= 0) return 2;
  const double k = fp32->number() * 1e12 / (cores->number() * boost->number() * 1e6);
  const double whole = std::round(k);
  return whole >= 2 && std::abs(k - whole) < 0.1 ? whole : 2;
}

}  // namespace

const core::RuleInfo& Fp32Formula::info() const {
  static const core::RuleInfo info{
      "derived-fp32-formula", "derived", "Stated FP32 throughput that cores and boost clock do not give",
      "Checks FP32 = 2 x cores x boost clock (4 x on GPUs whose catalog figures give 4, such as RDNA 3) on the "
      "numbers the document states for one GPU, and an FP64 figure "
      "against the FP32:FP64 ratio stated beside it; a mismatch beyond 2% is reported.",
      core::Severity::error};
  return info;
}

void Fp32Formula::check(const Context& context, Sink& sink) const {
  for (const auto& [gpu, fields] : stated_values(context.claims)) {
    auto fp32 = fields.find("fp32_tflops");
    auto cores = fields.find("cuda_cores");
    auto boost = fields.find("boost_clock");
    if (fp32 != fields.end() && cores != fields.end() && boost != fields.end()) {
      const double per_clock = flops_per_core_clock(context.catalog, gpu);
      const double expected = per_clock * cores->second->quantity->value * boost->second->quantity->base_value();
      if (!formula_agrees(*fp32->second, expected, 0.02) &&
          !blame_lies_with_input(context, gpu, *fp32->second, {cores->second, boost->second})) {
        const std::string expected_text = core::format_number(expected / 1e12, 2) + " TFLOPS";
        core::Finding f = formula_finding(gpu, *fp32->second, expected_text,
                                          "The article's own figures give " + expected_text + " (" +
                                              core::format_number(per_clock) + " x " + cores->second->text +
                                              " cores x " + boost->second->text + "), not " + fp32->second->text);
        sink.report(info(), std::move(f));
      }
    }
    auto fp64 = fields.find("fp64_tflops");
    if (fp64 != fields.end() && fp32 != fields.end()) {
      // "(1:64)" right after the FP64 figure states the ratio the writer used.
      const std::string& line = context.source.bytes();
      const size_t end = std::min(line.size(), fp64->second->span.end + 12);
      std::string tail = line.substr(fp64->second->span.end, end - fp64->second->span.end);
      std::smatch m;
      static const std::regex stated_ratio(R"(\(\s*1\s*:\s*(\d+)\s*\))");
      if (std::regex_search(tail, m, stated_ratio)) {
        const double expected = fp32->second->quantity->base_value() / std::stod(m[1]);
        if (!formula_agrees(*fp64->second, expected, 0.02)) {
          const std::string expected_text = core::format_number(expected / 1e9, 1) + " GFLOPS";
          core::Finding f = formula_finding(gpu, *fp64->second, expected_text,
                                            "At the stated 1:" + std::string(m[1]) + " ratio, " + fp32->second->text +
                                                " FP32 gives " + expected_text + " FP64, not " + fp64->second->text);
          sink.report(info(), std::move(f));
        }
      }
    }
  }
}

}  // namespace rules
