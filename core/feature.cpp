// Feature table; tested in tests/core/feature_test.cpp.
#include "core/feature.h"

#include "core/text_case.h"

namespace core {

const std::vector<FeatureInfo>& features() {
  using P = Presence;
  // Words are matched as whole words. "NVLink" alone is the link; "NVLink Switch" and
  // "NVLink-C2C" are other things a PCIe card may lack while having the bridge.
  static const std::vector<FeatureInfo> table{
      {"NVLink", "\\bnvlink\\b(?:[- ](?:bridge|connectors?|support|interconnect|links?))?(?:[- ](?:switch|c2c|network)\\b)?",
       "interconnect", P::text_prefix, "nvlink"},
      {"Infinity Fabric links", "\\binfinity fabric (?:links?|interconnect)\\b", "interconnect", P::text_prefix, "infinity fabric"},
      {"structured sparsity", "\\b(?:(?:fine-grained )?structured sparsity|2:4 sparsity|sparsity (?:support|acceleration))\\b",
       "structured_sparsity", P::yes_no},
      {"ECC memory", "\\becc\\b(?: memory| support| protection)?", "ecc", P::yes_no},
      {"MIG", "\\b(?:mig|multi-instance gpu)\\b(?: support| partitioning| partitions)?", "mig_instances", P::positive_number},
      {"FP8", "\\bfp8\\b(?: precision| support| tensor cores?| compute)?", "fp8_tensor_tflops", P::positive_number},
      {"FP4", "\\b(?:nv)?fp4\\b(?: precision| support| tensor cores?| compute)?", "fp4_tensor_tflops", P::positive_number},
  };
  return table;
}

const FeatureInfo* find_feature(std::string_view name) {
  for (const auto& f : features()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::optional<bool> has_feature(const FeatureInfo& feature, const std::variant<double, std::string>& value) {
  if (const double* n = std::get_if<double>(&value)) {
    if (feature.presence == Presence::positive_number) return *n > 0;
    return std::nullopt;
  }
  const std::string t = ascii_lower(std::get<std::string>(value));
  if (t.empty()) return std::nullopt;
  switch (feature.presence) {
    case Presence::text_prefix:
      if (t == "none" || t == "no") return false;
      return t.rfind(feature.prefix, 0) == 0;
    case Presence::yes_no:
      if (t == "yes") return true;
      if (t == "no" || t == "none") return false;
      return std::nullopt;
    case Presence::positive_number: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace core
