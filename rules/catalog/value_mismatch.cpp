// catalog-value-mismatch; tested in tests/rules/catalog/value_mismatch_test.cpp.
#include "rules/catalog/value_mismatch.h"

#include <cctype>
#include <cmath>

#include "core/field.h"
#include "rules/claim_against_catalog.h"
#include "rules/innocent_readings.h"
#include "rules/value_match.h"

namespace rules {
namespace {

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string label_of(const std::string& field) {
  const auto* info = core::find_field(field);
  return info ? std::string(info->label) : field;
}

}  // namespace

const core::RuleInfo& ValueMismatch::info() const {
  static const core::RuleInfo info{
      "catalog-value-mismatch", "catalog", "A stated spec value contradicts the catalog",
      "Compares each stated value (memory, bandwidth, clocks, cores, power, architecture, outputs, ...) with the "
      "catalog value for that GPU and field, at the writer's precision plus the field's tolerance. A value that fits "
      "another variant of the same family is a warning naming it; a dense tensor figure called sparse (or the "
      "reverse) is an error.",
      core::Severity::error};
  return info;
}

void ValueMismatch::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    // Feature claims ("no NVLink") are catalog-feature-mismatch's.
    if (claim.kind != extract::ClaimKind::value || !claim.gpu.resolved() || claim.supports) continue;
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
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.gpu.members.empty() ? gpu.id : claim.gpu.id;
    f.field = claim.field;
    f.claimed = claim.text;
    const core::Quantity* q = claim.quantity ? &*claim.quantity : nullptr;
    const bool sparse = claim.says_sparse && fv->sparse.has_value();
    f.expected = claim.field == "memory_clock" && fv->field == "memory_data_rate"
                     ? expected_text(fv->field, *fv, nullptr) + " effective"
                     : expected_text(claim.field, *fv, q, sparse);
    std::string name = claim.gpu.members.empty() ? gpu.name : claim.gpu.mention;
    for (const auto* g : judged) f.evidence.push_back(evidence_for(*g, *expected_field(claim, *g)));
    // A BF16 figure judged by the GPU's BF16 rate says so ("BF16 Tensor Core throughput").
    const std::string judged_label = label_of(!claim.narrower_field.empty() && fv->field == claim.narrower_field ? fv->field : claim.field);
    f.message = capitalized(judged_label) + " of " + name + ": " + f.expected + ", not " + claim.text;
    if (judged.size() > 1) {
      f.message = "No " + name + " variant has " + claim.text + " " + label_of(claim.field) + " (";
      for (size_t i = 0; i < judged.size(); ++i) {
        f.message += (i ? ", " : "") + judged[i]->name + ": " + expected_text(claim.field, *expected_field(claim, *judged[i]), q);
      }
      f.message += ")";
    }
    f.suggestion = claim.field == "memory_clock" ? "" : f.expected;
    if (claim.quantity && fv->sparse) {
      if (claim.says_sparse && number_agrees(claim.field, *claim.quantity, fv->number())) {
        f.message = "Dense figure called sparse: " + gpu.name + " has " + claim.text + " dense, " +
                    expected_text(claim.field, *fv, q, true) + " with sparsity";
      } else if (claim.says_dense && !claim.says_sparse && number_agrees(claim.field, *claim.quantity, *fv->sparse)) {
        f.message = "Sparse figure called dense: " + gpu.name + " has " + claim.text + " with sparsity, " +
                    f.expected + " dense";
      }
    }
    if (claim.field == "memory_clock") f.severity = core::Severity::warning;
    // The value of another variant of the same family: the writer probably meant that one.
    for (const auto* sibling : context.catalog.siblings(gpu)) {
      if (claim.gpu.members.empty() && claim_judgeable(claim, *sibling) && claim_agrees(claim, *sibling)) {
        f.severity = core::Severity::warning;
        f.message = claim.text + " is the " + label_of(claim.field) + " of " + sibling->name + "; " + gpu.name +
                    " has " + f.expected;
        f.evidence.push_back(evidence_for(*sibling, *expected_field(claim, *sibling)));
        break;
      }
    }
    f.confidence = claim.confidence;
    // Before calling it wrong: could the writer have meant something true?
    if (auto reading = innocent_reading(claim, context.catalog)) {
      f.severity = core::Severity::info;
      f.verdict = core::Verdict::explained;
      f.reading = describe(*reading);
      f.message += " (explained: " + reading->explanation + ")";
      f.suggestion.clear();
    }
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
