// Judging one value claim against one catalog GPU; tested in tests/rules/catalog/value_mismatch_test.cpp.
#include "rules/claim_against_catalog.h"

#include <cmath>

#include "core/feature.h"
#include "rules/value_match.h"

#include <algorithm>

namespace rules {

std::vector<const catalog::Gpu*> claim_gpus(const extract::Claim& claim, const catalog::Catalog& catalog) {
  std::vector<const catalog::Gpu*> out;
  if (!claim.gpu.members.empty()) {
    for (const auto& id : claim.gpu.members) {
      if (const auto* g = catalog.find(id)) out.push_back(g);
    }
  } else if (const auto* g = catalog.find(claim.gpu.id)) {
    out.push_back(g);
  }
  return out;
}

bool names_gpu(const extract::Claim& claim, const std::string& id) {
  return id == claim.gpu.id || std::find(claim.gpu.members.begin(), claim.gpu.members.end(), id) != claim.gpu.members.end();
}

std::optional<bool> gpu_has_feature(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu) {
  const auto* feature = core::find_feature(claim.feature);
  const auto* fv = gpu.feature_value(field);
  if (!feature || feature->field != field || !fv) return std::nullopt;
  return core::has_feature(*feature, fv->value);
}

bool claim_agrees_as(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu) {
  if (claim.supports) {
    const auto has = gpu_has_feature(claim, field, gpu);
    return !has || *has == *claim.supports;
  }
  const auto* fv = gpu.field(field);
  if (field == "memory_clock" && claim.quantity) {
    if (fv && field_agrees("memory_clock", *claim.quantity, *fv, false)) return true;
    const auto* rate = gpu.field("memory_data_rate");
    if (!rate || !rate->is_number()) return fv == nullptr;  // nothing to judge against
    // Memory clock conventions differ (GDDR6 x8, GDDR6X x16, HBM x2): any that lands on the data rate is right.
    const double mhz = claim.quantity->base_value() / 1e6;
    for (double k : {1.0, 2.0, 4.0, 8.0, 16.0}) {
      if (std::abs(mhz * k / 1000.0 - rate->number()) <= 0.02 * rate->number() + 0.05) return true;
    }
    return false;
  }
  if (!fv) return true;
  if (claim.quantity) return field_agrees(field, *claim.quantity, *fv, claim.says_sparse, claim.says_dense);
  return text_agrees(field, claim.text_value, *fv);
}

namespace {

// The field a claim is judged by for `gpu`: its narrower field where the record has one.
const std::string& judged_field(const extract::Claim& claim, const catalog::Gpu& gpu) {
  return !claim.narrower_field.empty() && gpu.field(claim.narrower_field) ? claim.narrower_field : claim.field;
}

}  // namespace

bool claim_agrees(const extract::Claim& claim, const catalog::Gpu& gpu) {
  return claim_agrees_as(claim, judged_field(claim, gpu), gpu);
}

bool claim_judgeable_as(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu) {
  if (claim.supports) return gpu_has_feature(claim, field, gpu).has_value();
  if (field == "memory_clock") return gpu.field("memory_clock") || gpu.field("memory_data_rate");
  const auto* fv = gpu.field(field);
  if (!fv) return false;
  return claim.quantity ? fv->is_number() : !fv->is_number();
}

bool claim_judgeable(const extract::Claim& claim, const catalog::Gpu& gpu) {
  return claim_judgeable_as(claim, judged_field(claim, gpu), gpu);
}

const catalog::FieldValue* expected_field(const extract::Claim& claim, const catalog::Gpu& gpu) {
  if (claim.supports) return gpu.feature_value(claim.field);
  if (claim.field == "memory_clock" && !gpu.field("memory_clock")) return gpu.field("memory_data_rate");
  return gpu.field(judged_field(claim, gpu));
}

}  // namespace rules
