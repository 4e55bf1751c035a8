// Innocent readings: before a value is called wrong, could the writer have meant something true? Tested in tests/rules/innocent_readings_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "extract/claim.h"

namespace rules {

// Claims attributed with less confidence than this never become errors.
inline constexpr double kConfidentAttribution = 0.5;

struct Reading {
  std::string kind;         // low_confidence | per_unit | system | difference | ratio_unit | other_gpu | other_field
  std::string explanation;  // for the editor: "right for the NVIDIA GeForce RTX 4070 named in the sentence"
  std::string gpu;          // the GPU that fits, for other_gpu / other_field
};

// The first innocent reading under which a value claim that contradicts the catalog for
// its own GPU and field is still right, or nullopt when the claim is plainly wrong. The
// readings are tried from the cheapest to test: the attribution's confidence, the
// figure's scope words, another GPU named near it, another field of the same dimension.
std::optional<Reading> innocent_reading(const extract::Claim& claim, const catalog::Catalog& catalog);

// "other_gpu: right for NVIDIA L4" as the JSON and the reports show it.
std::string describe(const Reading& r);

}  // namespace rules
