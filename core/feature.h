// Features a writer says a GPU has or lacks ("no NVLink", "supports FP8"), and the catalog field that shows each; tested in tests/core/feature_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace core {

// How the catalog value of a feature's field says the GPU has the feature.
enum class Presence {
  text_prefix,      // a text value starting with `prefix` ("NVLink 4" has NVLink; "none" has not)
  yes_no,           // "yes" / "no"
  positive_number,  // a number above zero (MIG instances, FP8 TFLOPS)
};

struct FeatureInfo {
  std::string_view name;   // "NVLink", for messages
  std::string_view words;  // RE2 pattern (case-insensitive) that names the feature in prose
  std::string_view field;  // the catalog field that shows it
  Presence presence;
  std::string_view prefix = {};  // for text_prefix
};

// Every feature, in display order. One table: a new feature is a row here, a catalog field,
// and cases; the extractor and the rule read nothing else.
const std::vector<FeatureInfo>& features();
const FeatureInfo* find_feature(std::string_view name);

// Whether a catalog value of the feature's field means the GPU has the feature; nullopt when
// the value does not say (an empty text).
std::optional<bool> has_feature(const FeatureInfo& feature, const std::variant<double, std::string>& value);

}  // namespace core
