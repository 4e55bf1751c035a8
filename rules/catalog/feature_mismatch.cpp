// catalog-feature-mismatch; tested in tests/rules/catalog/feature_mismatch_test.cpp.
#include "rules/catalog/feature_mismatch.h"

#include <algorithm>

#include "core/feature.h"
#include "rules/claim_against_catalog.h"
#include "rules/innocent_readings.h"
#include "rules/value_match.h"

namespace rules {

const core::RuleInfo& FeatureMismatch::info() const {
  static const core::RuleInfo info{
      "catalog-feature-mismatch", "catalog", "A GPU is said to have or lack a feature it does not",
      "Judges \"has no NVLink\", \"supports FP8\", \"no MIG\", \"lacks ECC\" and \"supports structured sparsity\" by the "
      "catalog field that shows each feature (the interconnect, the FP8/FP4 tensor rates, the MIG instance count, ECC, "
      "sparsity), from the GPU's record or its architecture's facts. Claims the catalog cannot decide are not reported.",
      core::Severity::error};
  return info;
}

void FeatureMismatch::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (!claim.supports || !claim.gpu.resolved()) continue;
    std::vector<const catalog::Gpu*> judged;
    for (const auto* g : claim_gpus(claim, context.catalog)) {
      if (claim_judgeable(claim, *g)) judged.push_back(g);
    }
    if (judged.empty()) continue;
    bool any = false;
    for (const auto* g : judged) any = any || claim_agrees(claim, *g);
    if (any) continue;

    const catalog::Gpu& gpu = *judged.front();
    const auto* fv = expected_field(claim, gpu);
    const std::string name = claim.gpu.members.empty() ? gpu.name : claim.gpu.mention;
    // A zero rate is the architecture's "none", not a throughput.
    const std::string value = fv->is_number() && fv->number() == 0 ? "none" : expected_text(claim.field, *fv, nullptr);
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.gpu.members.empty() ? gpu.id : claim.gpu.id;
    f.field = claim.field;
    f.claimed = claim.text;
    f.expected = *claim.supports ? "no " + claim.feature : claim.feature + " (" + value + ")";
    // The claim's span runs from its verb ("lacks", "supports", "does not support"), so a
    // whole verb phrase replaces it.
    f.suggestion = (*claim.supports ? "has no " : "has ") + claim.feature;
    // Family members often share one source: each piece of evidence once.
    for (const auto* g : judged) {
      core::Evidence e = evidence_for(*g, *expected_field(claim, *g));
      const bool seen = std::any_of(f.evidence.begin(), f.evidence.end(), [&](const core::Evidence& o) {
        return o.url == e.url && o.capture == e.capture && o.detail == e.detail && o.value == e.value;
      });
      if (!seen) f.evidence.push_back(std::move(e));
    }
    f.message = *claim.supports ? name + " has no " + claim.feature + " (catalog: " + value + "), but the text says \"" + claim.text + "\""
                                : name + " has " + claim.feature + " (catalog: " + value + "), but the text says \"" + claim.text + "\"";
    f.confidence = claim.confidence;
    if (auto reading = innocent_reading(claim, context.catalog)) {
      f.severity = core::Severity::info;
      f.verdict = core::Verdict::explained;
      f.reading = describe(*reading);
      f.message += " (explained: " + reading->explanation + ")";
    }
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
