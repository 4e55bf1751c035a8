// Invariants every record should satisfy (FP32 rate, FP64 ratio, family variants), reported with their exceptions left to the caller; tested in tests/catalog/invariants_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace catalog {

// Unlike the load-time checks (checks.h), these are rules with real exceptions (a vendor
// that rates FP32 at a lower clock than its boost, a consumer die with FP64 capped): they
// report every violation, and tests/catalog/invariants_test.cpp names each exception of the
// bundled catalog with its reason and source.
struct Violation {
  std::string invariant;  // "fp32-rate", "fp64-ratio", "family-variants"
  std::string subject;    // GPU id; for family-variants the family id
  std::string field;      // the field that breaks it
  std::string message;
  core::Position position;
};

// FP32 lanes x operations per lane per clock: 2 (one FMA), 4 where the vendor's FP32 rating
// counts dual issue or packed FP32 (RDNA 3, 3.5, 4; CDNA 3, 4).
int fp32_ops_per_core_clock(const std::string& vendor, const std::string& architecture);
// fp32_tflops within kFp32Tolerance of ops x cuda_cores x boost_clock / 1e6.
std::vector<Violation> check_fp32_rate(const Catalog& catalog);
// Vendors round TFLOPS to three figures (0.5%) from clocks that are themselves rounded to
// 5 MHz; 1% admits both and still catches a wrong core count or clock.
constexpr double kFp32Tolerance = 0.01;
// Small parts (an iGPU at 1.09 TFLOPS) are given to two decimals: half of the last digit.
constexpr double kFp32AbsoluteTolerance = 0.005;

// FP64 (non-tensor) rate as a fraction of the FP32 rate for the architecture and die, e.g.
// 1/64 for GA10x and AD10x, 1/2 for GA100 and GH100; nullopt where the table has no entry
// (rate_invariants.cpp has the table, Kepler to Blackwell, GCN 3 to CDNA 4, Xe-HPC).
std::optional<double> fp64_ratio(const std::string& vendor, const std::string& architecture, const std::string& code_name);
// fp64_tflops within tolerance of fp32_tflops x ratio; a GPU with both values whose die the
// table does not know is a violation too, so no record goes unchecked silently.
std::vector<Violation> check_fp64_ratio(const Catalog& catalog);
// Datacenter figures are whole TFLOPS (H100 PCIe 51 and 26 for 25.6): 3% admits that.
constexpr double kFp64Tolerance = 0.03;
// Consumer FP64 is given to two decimals (T400: 0.03 for 0.034): 0.006 TFLOPS admits it.
constexpr double kFp64AbsoluteTolerance = 0.006;

// Which members of one family may differ in a field, and when (family_invariant.cpp):
// chip fields never; configuration (cores, TMUs) only where the SM count differs; clocks
// only where SMs, TDP or form factor differ, or on laptops; rates only where clocks or
// configuration do; L2, L3 and ROPs only where the bus width does; memory and board fields freely.
enum class VariantGroup { chip, configuration, clocks, rates, memory_side, features, free };
VariantGroup variant_group(const std::string& field);
std::vector<Violation> check_family_variants(const Catalog& catalog);

// Every invariant above, in that order.
std::vector<Violation> check_invariants(const Catalog& catalog);

}  // namespace catalog
