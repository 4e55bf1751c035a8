// Shared fixture of the rule tests: a tiny in-code catalog and helpers that make claims over a small Source.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "core/finding.h"
#include "core/quantity.h"
#include "core/source.h"
#include "extract/claim.h"
#include "rules/rule.h"

namespace fixture {

// GPU ids of the fixture catalog (values chosen for the cases, close to the real cards):
//   nvidia-l4           24 GB GDDR6, 300.1 GB/s, 72 W, Ada Lovelace, 5 nm (also 4), no display outputs,
//                       fp16_tensor 121 dense / 242 sparse, 2040 MHz boost; no l2_cache (unknown field)
//   nvidia-rtx-4070     12 GB GDDR6X, 504.2 GB/s, 21 Gbps, 192-bit, 200 W (also 215), 2475 MHz boost,
//                       1x HDMI 2.1a + 3x DisplayPort 1.4a, Ada Lovelace, 5 nm, 29.15 TFLOPS FP32
//   nvidia-rtx-4090     24 GB, 1008 GB/s, 450 W, Ada Lovelace, 82.58 TFLOPS FP32
//   nvidia-a10          24 GB, 600 GB/s, 150 W, Ampere, 8 nm, 31.2 TFLOPS FP32
//   nvidia-h100-pcie    80 GB, Hopper, NVLink 4, 7 MIG instances, FP8 1513 TFLOPS
//   (the L4 has interconnect "none"; the A10 inherits "no FP8" from an Ampere architecture record)
//   amd-rx-7900-xtx     RDNA 3, 6144 stream processors, 2498 MHz, 61.39 TFLOPS FP32 (4 FLOPs per core per clock)
//   nvidia-rtx-4060-ti-8gb / -16gb: family nvidia-rtx-4060-ti ("RTX 4060 Ti"), 8 / 16 GB, both 288 GB/s
const catalog::Catalog& test_catalog();

inline const std::string kL4 = "nvidia-l4";
inline const std::string k4070 = "nvidia-rtx-4070";
inline const std::string k4090 = "nvidia-rtx-4090";
inline const std::string kA10 = "nvidia-a10";
inline const std::string kH100 = "nvidia-h100-pcie";
inline const std::string k7900Xtx = "amd-rx-7900-xtx";
inline const std::string k4060Ti8 = "nvidia-rtx-4060-ti-8gb";
inline const std::string k4060Ti16 = "nvidia-rtx-4060-ti-16gb";
inline const std::string k4060TiFamily = "nvidia-rtx-4060-ti";

// A resolved single GPU (mention = its catalog name), the 4060 Ti family, an unknown name.
extract::GpuRef gpu(const std::string& id);
extract::GpuRef family_4060ti();
extract::GpuRef unknown(const std::string& mention);

core::Quantity q(double value, core::Unit unit, int decimals = 0, core::Qualifier qualifier = core::Qualifier::exact);
core::Quantity range(double low, double high, core::Unit unit);

// A small document: claims point at the bytes of a quoted piece of its text.
class Doc {
 public:
  explicit Doc(std::string text);
  const core::Source& source() const { return *source_; }
  // Span of the nth occurrence of `needle` (the test fails when it is missing).
  core::Span span_of(std::string_view needle, int nth = 0) const;

  // A number claim `needle` (its text) about `gpu`'s `field`.
  extract::Claim value(const extract::GpuRef& gpu, const std::string& field, core::Quantity quantity,
                       std::string_view needle, int nth = 0) const;
  // An enumerated-value claim ("Ampere", "none").
  extract::Claim text(const extract::GpuRef& gpu, const std::string& field, const std::string& value,
                      std::string_view needle, int nth = 0) const;
  // A comparison or ratio claim over `needle`: subject vs one other, optional stated numbers.
  extract::Claim relation(extract::ClaimKind kind, const std::string& field, const std::string& relation,
                          extract::Operand subject, extract::Operand other, std::string_view needle) const;

 private:
  std::shared_ptr<core::Source> source_;
};

extract::Operand operand(const extract::GpuRef& gpu, std::optional<core::Quantity> stated = std::nullopt);

// Runs one rule (or the whole checker's rule list entry) over the claims and returns the sink's findings.
std::vector<core::Finding> run(const rules::Rule& rule, const Doc& doc, const std::vector<extract::Claim>& claims,
                               const catalog::Catalog& cat = test_catalog());

bool contains(const std::string& haystack, const std::string& needle);

}  // namespace fixture
