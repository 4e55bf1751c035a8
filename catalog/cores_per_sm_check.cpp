// Whole-catalog check: cuda_cores = sm_count x cores per SM (CU, Xe core) of the architecture; tested in tests/catalog/checks_test.cpp.
#include "catalog/checks.h"
#include "catalog/text_key.h"
#include "core/quantity.h"

namespace catalog {

std::optional<int> nvidia_cores_per_sm(const std::string& architecture, const std::string& code_name) {
  std::string arch = text_key(architecture);
  std::string die = text_key(code_name);
  auto starts = [&](const char* word) { return arch.rfind(word, 0) == 0; };
  // GP100 (like GV100 and GA100 after it) has 64 FP32 lanes per SM; GP10x gaming dies 128
  // (NVIDIA Tesla P100 whitepaper, "GP100 SM": 64 CUDA cores; GP104 SM: 128).
  if (starts("pascal")) return die.rfind("gp100", 0) == 0 ? 64 : 128;
  if (starts("volta") || starts("turing")) return 64;
  if (starts("ampere")) {
    // GA100 keeps Volta's 64 FP32 lanes per SM; the GA10x dies doubled them.
    return die.rfind("ga100", 0) == 0 ? 64 : 128;
  }
  if (starts("ada") || starts("hopper") || starts("blackwell")) return 128;
  return std::nullopt;
}

std::optional<int> cores_per_unit(const std::string& vendor, const std::string& architecture, const std::string& code_name) {
  if (vendor == "nvidia") return nvidia_cores_per_sm(architecture, code_name);
  // Every GCN, CDNA and RDNA compute unit has 64 stream processors (AMD GCN, CDNA and RDNA
  // white papers); RDNA 3's dual issue doubles the FP32 rate, not the count AMD publishes.
  if (vendor == "amd") return 64;
  // Xe-HPG: 16 XVEs x 8 lanes; Xe2 and Xe-HPC: 8 XVEs x 16 lanes: 128 FP32 lanes per Xe core
  // either way (Intel Arc A-series and B-series architecture briefs; Ponte Vecchio at Hot Chips 34).
  if (vendor == "intel") return 128;
  return std::nullopt;
}

void check_cores_per_sm(const Catalog& catalog, core::Errors& errors) {
  for (const auto& gpu : catalog.gpus()) {
    const FieldValue* cores = gpu.field("cuda_cores");
    const FieldValue* sms = gpu.field("sm_count");
    const FieldValue* arch = gpu.field("architecture");
    if (!cores || !sms || !arch || !cores->is_number() || !sms->is_number() || arch->is_number()) continue;
    const FieldValue* die = gpu.field("code_name");
    std::string code_name = die && !die->is_number() ? die->text() : "";
    auto per_unit = cores_per_unit(gpu.vendor, arch->text(), code_name);
    if (!per_unit) continue;
    double expected = sms->number() * *per_unit;
    if (cores->number() == expected) continue;
    const char* unit = gpu.vendor == "amd" ? " stream processors per CU (" : gpu.vendor == "intel" ? " lanes per Xe core (" : " CUDA cores per SM (";
    errors.push_back({core::ErrorCode::inconsistent,
                      "cuda_cores " + core::format_number(cores->number()) + " is not sm_count " +
                          core::format_number(sms->number()) + " x " + std::to_string(*per_unit) + unit +
                          arch->text() + (code_name.empty() ? "" : " " + code_name) +
                          ") = " + core::format_number(expected),
                      cores->position});
  }
}

}  // namespace catalog
