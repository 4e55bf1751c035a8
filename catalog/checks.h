// The built-in whole-catalog checks, each usable alone; tested in tests/catalog/checks_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "catalog/catalog.h"

namespace catalog {

// id equals the file name and starts with "<vendor>-", vendor equals the folder, no id twice.
void check_identity(const Catalog& catalog, core::Errors& errors);
// A spelling (alias or name) names one GPU, unless every GPU it names is in one family.
void check_aliases(const Catalog& catalog, core::Errors& errors);
// families/ and the records' "family" agree in both directions.
void check_families(const Catalog& catalog, core::Errors& errors);
// architectures/: id equals the file name, some GPU has the architecture, only feature fields.
void check_architectures(const Catalog& catalog, core::Errors& errors);
// memory_bandwidth within kBandwidthTolerance of memory_bus_width x memory_data_rate / 8.
void check_derived_bandwidth(const Catalog& catalog, core::Errors& errors);
// cuda_cores equals sm_count x cores per SM (NVIDIA), per CU (AMD) or per Xe core (Intel).
void check_cores_per_sm(const Catalog& catalog, core::Errors& errors);

// Vendor datasheets round bandwidth and data rate separately (H100 SXM5: 3.35 TB/s from
// 5120 bit x 5.23 Gbps); 2% admits that rounding and still catches a wrong bus or rate.
constexpr double kBandwidthTolerance = 0.02;

// CUDA cores per SM for an NVIDIA architecture; Ampere depends on the die (GA100: 64,
// GA10x: 128). nullopt for architectures outside the table, which are then not checked:
//   Pascal GP100 64 / GP10x 128, Volta 64, Turing 64, Ampere GA100 64 / GA10x 128,
//   Ada Lovelace 128, Hopper 128, Blackwell 128.
std::optional<int> nvidia_cores_per_sm(const std::string& architecture, const std::string& code_name);
// The same for any vendor: AMD 64 stream processors per CU, Intel 128 FP32 lanes per Xe core.
std::optional<int> cores_per_unit(const std::string& vendor, const std::string& architecture, const std::string& code_name);

}  // namespace catalog
