// ratio-mismatch; tested in tests/rules/ratio/mismatch_test.cpp.
#include "rules/ratio/mismatch.h"

#include <algorithm>

#include <cmath>

#include "core/field.h"
#include "core/quantity.h"
#include "rules/relation_values.h"
#include "rules/value_match.h"

namespace rules {
namespace {

bool ratio_agrees(const core::Quantity& factor, double actual) {
  double slack = std::max(0.5 * std::pow(10.0, -factor.decimals), 0.10 * factor.value);
  if (factor.unit == core::Unit::fraction) slack = 0.10 * factor.value;
  if (factor.qualifier == core::Qualifier::approximate) slack = std::max(slack, 0.15 * factor.value);
  return std::abs(actual - factor.value) <= slack + 1e-9;
}

}  // namespace

const core::RuleInfo& RatioMismatch::info() const {
  static const core::RuleInfo info{
      "ratio-mismatch", "ratio", "A stated ratio between two GPUs that the values do not give",
      "Checks \"N x the <field>\" and \"a/b of\" statements against the sentence's own numbers for both sides, "
      "else the catalog. Ratios agree within half their last digit or 10% (15% with \"~\").",
      core::Severity::error};
  return info;
}

void RatioMismatch::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::ratio || !claim.factor || claim.others.empty()) continue;
    const auto& other = claim.others.front();
    std::vector<std::pair<double, std::string>> candidates;  // actual ratio, how it was computed
    std::vector<core::Evidence> evidence;
    const std::string a_name = display_name(context.catalog, claim.subject.gpu);
    const std::string b_name = display_name(context.catalog, other.gpu);
    // Stated numbers of different dimensions ("21 Gbps vs 1313 MHz") have no ratio: use the catalog.
    const bool use_stated = claim.subject.stated && other.stated && other.stated->base_value() != 0 &&
                            claim.subject.stated->dimension() == other.stated->dimension();
    // "AMD provides 2.72x more memory": the document stated both values earlier; judge the
    // ratio on those before the catalog, as the reader would.
    auto earlier = [&](const extract::GpuRef& gpu) -> const extract::Claim* {
      const extract::Claim* found = nullptr;
      for (const auto& c : context.claims) {
        if (c.span.begin >= claim.span.begin) break;
        const bool same = c.gpu.id == gpu.id ||
                          std::find(gpu.members.begin(), gpu.members.end(), c.gpu.id) != gpu.members.end();
        if (c.kind == extract::ClaimKind::value && c.field == claim.field && same && c.quantity &&
            c.scope.empty()) {
          found = &c;
        }
      }
      return found;
    };
    const extract::Claim* earlier_a = use_stated ? nullptr : earlier(claim.subject.gpu);
    const extract::Claim* earlier_b = use_stated ? nullptr : earlier(other.gpu);
    const bool use_earlier = earlier_a && earlier_b && earlier_b->quantity->base_value() != 0 &&
                             earlier_a->quantity->dimension() == earlier_b->quantity->dimension();
    if (use_earlier) {
      candidates.emplace_back(earlier_a->quantity->base_value() / earlier_b->quantity->base_value(),
                              core::format_quantity(*earlier_a->quantity) + " / " + core::format_quantity(*earlier_b->quantity) +
                                  " as the document states them");
    } else if (use_stated) {
      candidates.emplace_back(claim.subject.stated->base_value() / other.stated->base_value(),
                              core::format_quantity(*claim.subject.stated) + " / " + core::format_quantity(*other.stated) +
                                  " as stated");
    } else {
      for (const auto& f : fields_for(claim.field)) {
        auto a = catalog_number(context.catalog, claim.subject.gpu, f);
        auto b = catalog_number(context.catalog, other.gpu, f);
        if (!a || !b || *b == 0) continue;
        const auto* info_field = core::find_field(f);
        auto unit = info_field ? core::unit_from_symbol(info_field->unit) : std::nullopt;
        auto show = [&](double v) {
          return core::format_number(unit ? core::convert(v, *unit) : v, 2) + (info_field ? " " + std::string(info_field->unit) : "");
        };
        candidates.emplace_back(*a / *b, std::string(info_field ? info_field->label : f) + " " + show(*a) + " / " + show(*b));
        for (const auto* gpu : {catalog_gpu(context.catalog, claim.subject.gpu), catalog_gpu(context.catalog, other.gpu)}) {
          if (gpu && gpu->field(f)) evidence.push_back(evidence_for(*gpu, *gpu->field(f)));
        }
      }
    }
    if (candidates.empty()) continue;
    bool ok = false;
    for (auto& [actual, how] : candidates) ok = ok || ratio_agrees(*claim.factor, actual);
    if (ok) continue;
    const auto& [actual, how] = candidates.front();
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = use_stated || use_earlier ? core::Verdict::inconsistent : core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.subject.gpu.id;
    f.field = "ratio";
    f.claimed = claim.text;
    f.expected = core::format_number(actual, 2) + "\xC3\x97";
    f.message = a_name + " vs " + b_name + ": the ratio is " + core::format_number(actual, 2) + "\xC3\x97 (" + how +
                "), not " + core::format_quantity(*claim.factor);
    f.suggestion = core::format_number(actual, 1) + "\xC3\x97";
    f.evidence = std::move(evidence);
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
