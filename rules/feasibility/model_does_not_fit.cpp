// feasibility-model-does-not-fit; tested in tests/rules/feasibility/model_does_not_fit_test.cpp.
#include "rules/feasibility/model_does_not_fit.h"

#include "core/quantity.h"
#include "rules/relation_values.h"
#include "rules/value_match.h"

namespace rules {

const core::RuleInfo& ModelDoesNotFit::info() const {
  static const core::RuleInfo info{
      "feasibility-model-does-not-fit", "feasibility", "A model said to fit in GPU memory whose weights alone do not",
      "Computes the weights' size as parameters x bits per weight / 8 (a lower bound: no KV cache, activations or "
      "runtime) and reports a claim that the model fits when that already exceeds the memory stated in the sentence "
      "or the GPU's catalog memory.",
      core::Severity::error};
  return info;
}

void ModelDoesNotFit::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::feasibility || claim.bits_per_weight <= 0) continue;
    const double weights_gb = claim.model_params_billion * claim.bits_per_weight / 8.0;
    double memory_gb = 0;
    std::string memory_from;
    if (claim.memory) {
      memory_gb = claim.memory->base_value() / 1e9;
      memory_from = core::format_quantity(*claim.memory) + " as stated";
    } else if (claim.gpu.resolved()) {
      auto bytes = catalog_number(context.catalog, claim.gpu, "memory_size");
      if (!bytes) continue;
      memory_gb = *bytes / 1e9;
      memory_from = core::format_number(memory_gb) + " GB of " + display_name(context.catalog, claim.gpu);
    } else {
      continue;
    }
    if (weights_gb <= memory_gb) continue;
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.gpu.id;
    f.field = "feasibility";
    f.claimed = claim.text;
    f.expected = "needs at least " + core::format_number(weights_gb, 1) + " GB";
    f.message = core::format_number(claim.model_params_billion) + "B parameters at " +
                core::format_number(claim.bits_per_weight) + " bits need " + core::format_number(weights_gb, 1) +
                " GB for the weights alone (" + core::format_number(claim.model_params_billion) + "e9 x " +
                core::format_number(claim.bits_per_weight) + " / 8 bytes, before KV cache and runtime), more than the " +
                memory_from;
    if (const auto* gpu = catalog_gpu(context.catalog, claim.gpu)) {
      if (const auto* fv = gpu->field("memory_size")) f.evidence.push_back(evidence_for(*gpu, *fv));
    }
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
