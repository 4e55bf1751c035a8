// comparison-difference; tested in tests/rules/comparison/difference_test.cpp.
#include "rules/comparison/difference.h"

#include <cmath>

#include "core/field.h"
#include "rules/innocent_readings.h"
#include "rules/relation_values.h"
#include "rules/value_match.h"

namespace rules {

const core::RuleInfo& ComparisonDifference::info() const {
  static const core::RuleInfo info{
      "comparison-difference", "comparison", "A stated difference between two GPUs that the values do not give",
      "Checks \"N fewer/more <field> than <GPU>\" against the catalog values of both GPUs: the amount must be "
      "their difference at the writer's precision plus the field's tolerance, in the stated direction.",
      core::Severity::error};
  return info;
}

void ComparisonDifference::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::comparison || !claim.difference || claim.others.empty()) continue;
    if (claim.confidence < kConfidentAttribution || !claim.subject.gpu.resolved()) continue;
    const auto& other = claim.others.front();
    if (!other.gpu.resolved()) continue;
    auto a = catalog_number(context.catalog, claim.subject.gpu, claim.field);
    auto b = catalog_number(context.catalog, other.gpu, claim.field);
    if (!a || !b) continue;
    const double unit = catalog_base_value(claim.field, 1.0);
    const double actual = (*a - *b) / unit;  // in the field's catalog unit, signed
    const double sign = claim.relation == "higher" ? 1.0 : -1.0;
    const bool right_way = actual * sign > 0;
    if (right_way && number_agrees(claim.field, *claim.difference, std::abs(actual))) continue;
    const auto* info_field = core::find_field(claim.field);
    const std::string label = info_field ? std::string(info_field->label) : claim.field;
    const std::string unit_text = info_field && !info_field->unit.empty() ? " " + std::string(info_field->unit) : "";
    const std::string a_name = display_name(context.catalog, claim.subject.gpu);
    const std::string b_name = display_name(context.catalog, other.gpu);
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.subject.gpu.id;
    f.field = "comparison";
    f.claimed = claim.text;
    f.expected = core::format_number(std::abs(actual), 3) + unit_text + (actual >= 0 ? " more" : " less");
    f.message = a_name + " has " + f.expected + " " + label + " than " + b_name + " (" + core::format_number(*a / unit, 3) +
                unit_text + " vs " + core::format_number(*b / unit, 3) + unit_text + "), not " + claim.text + " " +
                (sign > 0 ? "more" : "less");
    for (const auto* gpu : {catalog_gpu(context.catalog, claim.subject.gpu), catalog_gpu(context.catalog, other.gpu)}) {
      if (gpu && gpu->field(claim.field)) f.evidence.push_back(evidence_for(*gpu, *gpu->field(claim.field)));
    }
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
