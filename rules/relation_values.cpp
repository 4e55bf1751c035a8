// Values for comparisons and ratios; tested in tests/rules/comparison/direction_test.cpp.
#include "rules/relation_values.h"

#include <cmath>

#include "rules/value_match.h"

namespace rules {

std::vector<std::string> fields_for(const std::string& field) {
  if (field == "compute") return {"fp32_tflops", "fp16_tensor_tflops"};
  if (field == "memory_clock") return {"memory_data_rate"};
  return {field};
}

const catalog::Gpu* catalog_gpu(const catalog::Catalog& catalog, const extract::GpuRef& gpu) {
  if (!gpu.resolved() || !gpu.members.empty()) return nullptr;
  return catalog.find(gpu.id);
}

std::optional<double> catalog_number(const catalog::Catalog& catalog, const extract::GpuRef& gpu, const std::string& field) {
  auto range = catalog_range(catalog, gpu, field);
  if (!range || std::abs(range->second - range->first) > 1e-9 * std::abs(range->second)) return std::nullopt;  // members differ
  return range->first;
}

std::optional<std::pair<double, double>> catalog_range(const catalog::Catalog& catalog, const extract::GpuRef& gpu,
                                                       const std::string& field) {
  std::vector<std::string> ids = gpu.members.empty() ? std::vector<std::string>{gpu.id} : gpu.members;
  std::optional<std::pair<double, double>> range;
  for (const auto& id : ids) {
    const auto* g = catalog.find(id);
    if (!g) return std::nullopt;
    const auto* fv = g->field(field);
    if (!fv || !fv->is_number()) return std::nullopt;
    const double v = catalog_base_value(field, fv->number());
    range = range ? std::make_pair(std::min(range->first, v), std::max(range->second, v)) : std::make_pair(v, v);
  }
  return range;
}

std::string display_name(const catalog::Catalog& catalog, const extract::GpuRef& gpu) {
  if (const auto* g = catalog.find(gpu.id)) return g->name;
  if (const auto* f = catalog.family(gpu.id)) return f->name;
  return gpu.mention.empty() ? gpu.id : gpu.mention;
}

}  // namespace rules
