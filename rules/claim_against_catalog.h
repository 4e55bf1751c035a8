// Whether one value claim can be judged against, and agrees with, one catalog GPU; tested in tests/rules/catalog/value_mismatch_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "extract/claim.h"

namespace rules {

// The catalog GPUs a claim names: its GPU, or every member of the family it names.
std::vector<const catalog::Gpu*> claim_gpus(const extract::Claim& claim, const catalog::Catalog& catalog);
// Whether `id` is the claim's own GPU or one of its family's members.
bool names_gpu(const extract::Claim& claim, const std::string& id);

// The catalog holds the claim's field for `gpu`, as a number for a quantity and as text for a word.
bool claim_judgeable(const extract::Claim& claim, const catalog::Gpu& gpu);
// Same, for another field of the same dimension (an innocent reading's "other field").
bool claim_judgeable_as(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu);
// The claim's value fits the catalog value of its field (at the writer's precision, with
// memory-clock conventions and sparse/dense twins).
bool claim_agrees(const extract::Claim& claim, const catalog::Gpu& gpu);
bool claim_agrees_as(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu);
// For a feature claim ("no NVLink"): whether the catalog says the GPU has the feature, from
// the GPU's own field or the facts of its architecture; nullopt when it does not say.
std::optional<bool> gpu_has_feature(const extract::Claim& claim, const std::string& field, const catalog::Gpu& gpu);
// The field a finding quotes as expected (memory_data_rate for a memory clock the catalog lacks).
const catalog::FieldValue* expected_field(const extract::Claim& claim, const catalog::Gpu& gpu);

}  // namespace rules
