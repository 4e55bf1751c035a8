// catalog-unverifiable; tested in tests/rules/catalog/unverifiable_test.cpp.
#include "rules/catalog/unverifiable.h"

#include "core/field.h"
#include "rules/claim_against_catalog.h"

namespace rules {

const core::RuleInfo& Unverifiable::info() const {
  static const core::RuleInfo info{
      "catalog-unverifiable", "catalog", "A value the catalog cannot confirm or refute",
      "Reports, as information, values stated for GPUs the catalog does not list or for fields it has no value "
      "for. Nothing is guessed; add the GPU or field to the catalog to have it checked.",
      core::Severity::info};
  return info;
}

void Unverifiable::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::value) continue;
    core::Finding f;
    f.severity = core::Severity::info;
    f.verdict = core::Verdict::unverifiable;
    f.span = claim.span;
    f.field = claim.field;
    f.claimed = claim.text;
    if (!claim.gpu.resolved()) {
      if (claim.gpu.mention.empty()) continue;
      f.message = "\"" + claim.gpu.mention + "\" is not in the catalog; " + claim.text + " was not checked";
      sink.report(info(), std::move(f));
      continue;
    }
    std::vector<std::string> ids = claim.gpu.members.empty() ? std::vector<std::string>{claim.gpu.id} : claim.gpu.members;
    bool known = false;
    std::string name = claim.gpu.mention;
    for (const auto& id : ids) {
      const auto* g = context.catalog.find(id);
      if (!g) continue;
      name = g->name;
      if (claim.supports ? claim_judgeable(claim, *g)
                         : (g->field(claim.field) || (claim.field == "memory_clock" && g->field("memory_data_rate")))) {
        known = true;
      }
    }
    if (known) continue;
    f.gpu = claim.gpu.id;
    const auto* info_field = core::find_field(claim.field);
    f.message = "The catalog has no " + std::string(info_field ? info_field->label : claim.field) + " for " + name +
                "; " + claim.text + " was not checked";
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
