// Judging a stated value against a catalog value at the writer's precision; tested in tests/rules/value_match_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "core/finding.h"
#include "core/quantity.h"

namespace rules {

// Relative tolerance a field allows on top of the writer's precision, and why.
double field_tolerance(const std::string& field);

// Catalog number of a field as a base-unit value (bytes, Hz, W, ...). Memory sizes are
// "marketing" sizes, so a GiB claim is compared number to number (see value_match.cpp).
double catalog_base_value(const std::string& field, double value);
double claim_base_value(const std::string& field, const core::Quantity& q, double value);

// Whether a stated quantity agrees with `truth` (in the field's catalog unit).
bool number_agrees(const std::string& field, const core::Quantity& claimed, double truth);
// Whether it agrees with the field value, its `also_accepted` values, or (tensor
// figures) the figure the text names: sparse when it says sparse, dense when it says dense,
// either when it says neither.
bool field_agrees(const std::string& field, const core::Quantity& claimed, const catalog::FieldValue& truth,
                  bool says_sparse, bool says_dense = false);
// Enumerated values: "Ada" is "Ada Lovelace", "HDMI 2.1" is "HDMI 2.1a", "Single-slot" is "single".
bool text_agrees(const std::string& field, const std::string& claimed, const catalog::FieldValue& truth);

// The catalog value in the unit the writer used ("2.475 GHz" for a claim in GHz).
std::string expected_text(const std::string& field, const catalog::FieldValue& truth, const core::Quantity* claimed,
                          bool sparse = false);
// Evidence for a catalog field: its source's kind, URL or capture, and any note.
core::Evidence evidence_for(const catalog::Gpu& gpu, const catalog::FieldValue& value);

}  // namespace rules
