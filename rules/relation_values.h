// The numbers a comparison or ratio is judged on: stated in the sentence, else the catalog's; tested in tests/rules/comparison/direction_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "extract/claim.h"

namespace rules {

// A field's value for a GPU (a family: the one value its members share, else none), in
// base units. "compute" reads FP32, then FP16 Tensor; "memory_clock" reads the data rate.
std::optional<double> catalog_number(const catalog::Catalog& catalog, const extract::GpuRef& gpu, const std::string& field);
// The lowest and highest value a GPU's members have (one GPU: that value twice); none when a
// member lacks the field. A comparison of families holds when any pair of members bears it out.
std::optional<std::pair<double, double>> catalog_range(const catalog::Catalog& catalog, const extract::GpuRef& gpu,
                                                       const std::string& field);
const catalog::Gpu* catalog_gpu(const catalog::Catalog& catalog, const extract::GpuRef& gpu);
// Fields tried, in order, for a vague "compute".
std::vector<std::string> fields_for(const std::string& field);
std::string display_name(const catalog::Catalog& catalog, const extract::GpuRef& gpu);

}  // namespace rules
