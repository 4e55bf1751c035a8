// consistency-conflicting-values; tested in tests/rules/consistency/conflicting_values_test.cpp.
#include "rules/consistency/conflicting_values.h"

#include "rules/innocent_readings.h"

#include <map>

#include "core/field.h"
#include "rules/value_match.h"

namespace rules {
namespace {

bool comparable(const extract::Claim& c) {
  // A feature claim ("no NVLink") says yes or no, not the field's value.
  if (c.kind != extract::ClaimKind::value || !c.gpu.resolved() || !c.gpu.members.empty() || c.supports) return false;
  if (c.quantity) return c.quantity->qualifier == core::Qualifier::exact;
  return !c.text_value.empty();
}

bool same_value(const extract::Claim& a, const extract::Claim& b) {
  if (a.quantity && b.quantity) {
    // Each agrees with the other at the coarser of the two precisions.
    catalog::FieldValue as_truth;
    as_truth.field = a.field;
    as_truth.value = a.quantity->base_value() / catalog_base_value(a.field, 1.0);
    catalog::FieldValue other = as_truth;
    other.value = b.quantity->base_value() / catalog_base_value(b.field, 1.0);
    return field_agrees(a.field, *b.quantity, as_truth, false) || field_agrees(b.field, *a.quantity, other, false);
  }
  if (!a.quantity && !b.quantity) {
    catalog::FieldValue truth;
    truth.field = a.field;
    truth.value = a.text_value;
    return text_agrees(a.field, b.text_value, truth);
  }
  return true;
}

}  // namespace

const core::RuleInfo& ConflictingValues::info() const {
  static const core::RuleInfo info{
      "consistency-conflicting-values", "consistency", "One GPU given two different values for one field",
      "Reports a document that states two different values for the same GPU and field, once, with both places. "
      "Fields the catalog knows are left to catalog-value-mismatch, which says which value is wrong.",
      core::Severity::warning};
  return info;
}

void ConflictingValues::check(const Context& context, Sink& sink) const {
  std::map<std::pair<std::string, std::string>, const extract::Claim*> first;
  std::map<std::pair<std::string, std::string>, bool> reported;
  for (const auto& claim : context.claims) {
    // A board partner's card beside the reference one is another card ("357 mm" vs "310 mm").
    if (!comparable(claim) || claim.confidence < kConfidentAttribution || !claim.scope.empty() || claim.partner_card) continue;
    const auto* gpu = context.catalog.find(claim.gpu.id);
    // The catalog judges memory clocks against the data rate, whatever the convention.
    if (gpu && (gpu->field(claim.field) || (claim.field == "memory_clock" && gpu->field("memory_data_rate")))) continue;
    // A BF16 figure and an FP16 one are two rates, not two values of one (narrower_field.h).
    auto key = std::make_pair(claim.gpu.id, claim.narrower_field.empty() ? claim.field : claim.narrower_field);
    auto it = first.find(key);
    if (it == first.end()) {
      first[key] = &claim;
      continue;
    }
    if (reported[key] || same_value(*it->second, claim)) continue;
    reported[key] = true;
    const auto* info_field = core::find_field(claim.field);
    core::Finding f;
    f.severity = core::Severity::warning;
    f.verdict = core::Verdict::inconsistent;
    f.span = claim.span;
    f.gpu = claim.gpu.id;
    f.field = claim.field;
    f.claimed = claim.text;
    f.expected = it->second->text;
    f.message = "The " + std::string(info_field ? info_field->label : claim.field) + " of " +
                (gpu ? gpu->name : claim.gpu.mention) + " is given as " + claim.text + " here and " + it->second->text +
                " earlier";
    core::RelatedLocation related;
    related.span = it->second->span;
    related.message = "first given as " + it->second->text;
    f.related.push_back(related);
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
