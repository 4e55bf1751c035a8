// Invariants on shader throughput: FP32 = ops x cores x boost clock, FP64 = FP32 x the die's ratio; tested in tests/catalog/invariants_test.cpp.
#include <cmath>

#include "catalog/invariants.h"
#include "catalog/text_key.h"
#include "core/quantity.h"

namespace catalog {

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

const FieldValue* number_field(const Gpu& gpu, const char* name) {
  const FieldValue* value = gpu.field(name);
  return value && value->is_number() ? value : nullptr;
}

std::string text_field(const Gpu& gpu, const char* name) {
  const FieldValue* value = gpu.field(name);
  return value && !value->is_number() ? value->text() : "";
}

bool within(double value, double expected, double relative, double absolute) {
  return std::fabs(value - expected) <= std::max(absolute, relative * std::fabs(expected));
}

std::string ratio_text(double ratio) {
  return ratio >= 1 ? core::format_number(ratio) : "1/" + core::format_number(1 / ratio);
}

}  // namespace

int fp32_ops_per_core_clock(const std::string& vendor, const std::string& architecture) {
  std::string arch = text_key(architecture);
  // AMD rates RDNA 3 and later with dual-issue (VOPD) FP32 and CDNA 3 and later with packed
  // FP32: twice the FMA rate of the stream processors it counts (AMD RDNA 3 and CDNA 3 white
  // papers; the RX 7900 XTX's 61.4 TFLOPS is 6144 x 4 x 2.5 GHz).
  if (vendor == "amd" && (starts_with(arch, "rdna 3") || arch == "rdna 4" || arch == "cdna 3" || arch == "cdna 4")) return 4;
  return 2;
}

std::vector<Violation> check_fp32_rate(const Catalog& catalog) {
  std::vector<Violation> out;
  for (const auto& gpu : catalog.gpus()) {
    const FieldValue* fp32 = number_field(gpu, "fp32_tflops");
    const FieldValue* cores = number_field(gpu, "cuda_cores");
    const FieldValue* boost = number_field(gpu, "boost_clock");
    if (!fp32 || !cores || !boost) continue;
    int ops = fp32_ops_per_core_clock(gpu.vendor, text_field(gpu, "architecture"));
    double expected = ops * cores->number() * boost->number() / 1e6;
    if (within(fp32->number(), expected, kFp32Tolerance, kFp32AbsoluteTolerance)) continue;
    out.push_back({"fp32-rate", gpu.id, "fp32_tflops",
                   "fp32_tflops " + core::format_number(fp32->number()) + " is not " + std::to_string(ops) +
                       " x cuda_cores " + core::format_number(cores->number()) + " x boost_clock " +
                       core::format_number(boost->number()) + " MHz = " + core::format_number(expected, 2) + " TFLOPS",
                   fp32->position});
  }
  return out;
}

std::optional<double> fp64_ratio(const std::string& vendor, const std::string& architecture, const std::string& code_name) {
  std::string arch = text_key(architecture);
  std::string die = text_key(code_name);
  if (vendor == "nvidia") {
    // The big compute dies run FP64 at half rate; every other die has a few FP64 units per
    // SM (NVIDIA architecture whitepapers: GP104 1/32, TU102 1/32, GA102 1/64, AD102 1/64,
    // GB202 1/64; GP100, GV100, GA100, GH100 and GB100 1/2).
    // Kepler's GK110/GK210 keep 64 FP64 units per 192-lane SMX (1/3); the other Kepler dies
    // and all of Maxwell have 1/24 and 1/32 (Kepler GK110 and Maxwell GM204 whitepapers).
    if (arch == "kepler") return starts_with(die, "gk110") || starts_with(die, "gk210") ? 1.0 / 3 : 1.0 / 24;
    if (arch == "maxwell") return 1.0 / 32;
    if (arch == "pascal") return starts_with(die, "gp100") ? 0.5 : 1.0 / 32;
    if (arch == "volta") return 0.5;  // GV100 is the only Volta die
    if (arch == "turing") return 1.0 / 32;
    if (arch == "ampere") return starts_with(die, "ga100") ? 0.5 : 1.0 / 64;
    if (arch == "ada lovelace" || arch == "ada") return 1.0 / 64;
    if (arch == "hopper") return 0.5;  // GH100 is the only Hopper die
    if (arch == "blackwell") {
      if (starts_with(die, "gb20")) return 1.0 / 64;
      if (starts_with(die, "gb100") || starts_with(die, "gb102")) return 0.5;
      return std::nullopt;  // GB10, GB110 and unnamed dies differ: no guess
    }
    return std::nullopt;
  }
  if (vendor == "amd") {
    // GCN and RDNA consumer dies: 1/16 of the FMA rate (AMD GCN and RDNA white papers), which is
    // 1/32 of the dual-issue rating AMD gives RDNA 3 and later. Vega 20 and the CDNA dies run
    // FP64 at half rate, CDNA 2 at full rate (AMD CDNA and CDNA 2 white papers).
    if (arch == "gcn 3" || arch == "gcn 4" || arch == "gcn 5" || arch == "rdna" || arch == "rdna 2") return 1.0 / 16;
    if (starts_with(arch, "rdna 3") || arch == "rdna 4") return 1.0 / 32;
    if (arch == "gcn 5.1" || arch == "cdna" || arch == "cdna 3" || arch == "cdna 4") return 0.5;
    if (arch == "cdna 2") return 1.0;
    return std::nullopt;
  }
  if (vendor == "intel") {
    // Ponte Vecchio's vector engines run FP64 at the FP32 rate (Intel Data Center GPU Max
    // product brief); Xe-HPG and Xe2 have no FP64 figure to check.
    if (arch == "xe-hpc") return 1.0;
    return std::nullopt;
  }
  return std::nullopt;
}

std::vector<Violation> check_fp64_ratio(const Catalog& catalog) {
  std::vector<Violation> out;
  for (const auto& gpu : catalog.gpus()) {
    const FieldValue* fp32 = number_field(gpu, "fp32_tflops");
    const FieldValue* fp64 = number_field(gpu, "fp64_tflops");
    if (!fp32 || !fp64) continue;
    std::string arch = text_field(gpu, "architecture");
    std::string die = text_field(gpu, "code_name");
    auto ratio = fp64_ratio(gpu.vendor, arch, die);
    std::string chip = arch + (die.empty() ? "" : " " + die);
    if (!ratio) {
      out.push_back({"fp64-ratio", gpu.id, "fp64_tflops",
                     "no FP64:FP32 ratio is known for " + gpu.vendor + " " + (chip.empty() ? "(no architecture)" : chip) +
                         "; fp64_tflops " + core::format_number(fp64->number()) + " goes unchecked",
                     fp64->position});
      continue;
    }
    double expected = fp32->number() * *ratio;
    if (within(fp64->number(), expected, kFp64Tolerance, kFp64AbsoluteTolerance)) continue;
    out.push_back({"fp64-ratio", gpu.id, "fp64_tflops",
                   "fp64_tflops " + core::format_number(fp64->number()) + " is not fp32_tflops " +
                       core::format_number(fp32->number()) + " x " + ratio_text(*ratio) + " (" + chip +
                       ") = " + core::format_number(expected, 3) + " TFLOPS",
                   fp64->position});
  }
  return out;
}

}  // namespace catalog
