// Whole-catalog check: NVIDIA cuda_cores = sm_count x cores per SM of the architecture; tested in tests/catalog/checks_test.cpp.
#include "catalog/checks.h"
#include "catalog/text_key.h"
#include "core/quantity.h"

namespace catalog {

std::optional<int> nvidia_cores_per_sm(const std::string& architecture, const std::string& code_name) {
  std::string arch = text_key(architecture);
  auto starts = [&](const char* word) { return arch.rfind(word, 0) == 0; };
  if (starts("volta") || starts("turing")) return 64;
  if (starts("ampere")) {
    // GA100 keeps Volta's 64 FP32 lanes per SM; the GA10x dies doubled them.
    return text_key(code_name).rfind("ga100", 0) == 0 ? 64 : 128;
  }
  if (starts("ada") || starts("hopper") || starts("blackwell")) return 128;
  return std::nullopt;
}

void check_cores_per_sm(const Catalog& catalog, core::Errors& errors) {
  for (const auto& gpu : catalog.gpus()) {
    if (gpu.vendor != "nvidia") continue;  // AMD and Intel count stream processors / XVEs differently
    const FieldValue* cores = gpu.field("cuda_cores");
    const FieldValue* sms = gpu.field("sm_count");
    const FieldValue* arch = gpu.field("architecture");
    if (!cores || !sms || !arch || !cores->is_number() || !sms->is_number() || arch->is_number()) continue;
    const FieldValue* die = gpu.field("code_name");
    std::string code_name = die && !die->is_number() ? die->text() : "";
    auto per_sm = nvidia_cores_per_sm(arch->text(), code_name);
    if (!per_sm) continue;
    double expected = sms->number() * *per_sm;
    if (cores->number() == expected) continue;
    errors.push_back({core::ErrorCode::inconsistent,
                      "cuda_cores " + core::format_number(cores->number()) + " is not sm_count " +
                          core::format_number(sms->number()) + " x " + std::to_string(*per_sm) + " CUDA cores per SM (" +
                          arch->text() + (code_name.empty() ? "" : " " + code_name) +
                          ") = " + core::format_number(expected),
                      cores->position});
  }
}

}  // namespace catalog
