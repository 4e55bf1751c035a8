// An architecture record names its file, a vendor and an architecture some GPU has, and states only feature fields; tested in tests/catalog/architecture_test.cpp.
#include <filesystem>

#include "catalog/checks.h"
#include "core/feature.h"

namespace catalog {

void check_architectures(const Catalog& catalog, core::Errors& errors) {
  for (const auto& a : catalog.architectures()) {
    const std::string stem = std::filesystem::path(a.path).stem().string();
    if (a.id != stem) {
      errors.push_back({core::ErrorCode::schema, "architecture id \"" + a.id + "\" must equal the file name \"" + stem + "\"", a.position});
    }
    // A misspelt architecture would silently give its facts to no GPU.
    bool named = false;
    for (const auto& gpu : catalog.gpus()) {
      const auto* arch = gpu.field("architecture");
      if (gpu.vendor == a.vendor && arch && !arch->is_number() && arch->text() == a.architecture) named = true;
    }
    if (!named) {
      errors.push_back({core::ErrorCode::schema,
                        "no " + a.vendor + " GPU has architecture \"" + a.architecture + "\"; its facts would apply to none",
                        a.position});
    }
    // Only what holds for every GPU of the architecture: feature support, never a figure
    // that varies by product.
    for (const auto& [name, value] : a.fields) {
      const auto* feature = [&]() -> const core::FeatureInfo* {
        for (const auto& f : core::features()) {
          if (f.field == name) return &f;
        }
        return nullptr;
      }();
      if (!feature || !core::has_feature(*feature, value.value).has_value()) {
        errors.push_back({core::ErrorCode::schema,
                          "architecture records state feature support only (a zero rate, \"yes\" or \"no\"); \"" + name +
                              "\" is not one",
                          value.position});
      }
    }
  }
}

}  // namespace catalog
