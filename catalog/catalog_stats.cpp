// Counts GPUs, values per source kind and missing core fields over a catalog; tested in tests/catalog/catalog_stats_test.cpp.
#include "catalog/catalog_stats.h"

#include <numeric>

#include "core/field.h"

namespace catalog {

const std::vector<std::string>& core_fields() {
  static const std::vector<std::string> fields{"memory_size", "memory_type", "memory_bus_width", "memory_bandwidth",
                                               "tdp",         "cuda_cores",  "sm_count",         "base_clock",
                                               "boost_clock", "architecture", "process"};
  return fields;
}

size_t KindCounts::total() const { return std::accumulate(by_kind.begin(), by_kind.end(), size_t{0}); }

double KindCounts::vendor_or_measured_share() const {
  size_t all = total();
  if (all == 0) return 0;
  return static_cast<double>(of(SourceKind::vendor) + of(SourceKind::measured)) / static_cast<double>(all);
}

size_t CatalogStats::core_fields_missing() const {
  size_t n = 0;
  for (const auto& gap : gaps) n += gap.missing.size();
  return n;
}

CatalogStats catalog_stats(const Catalog& catalog) {
  CatalogStats stats;
  stats.gpus = catalog.gpus().size();
  stats.families = catalog.families().size();
  for (const auto& field : core_fields()) stats.by_core_field[field];  // every core field shows, even at zero
  for (const auto& gpu : catalog.gpus()) {
    ++stats.by_vendor[gpu.vendor];
    ++stats.by_segment[gpu.segment];
    const FieldValue* arch = gpu.field("architecture");
    std::string generation = arch && !arch->is_number() ? arch->text() : "(no architecture)";
    ++stats.by_generation[gpu.vendor + " " + generation];
    for (const auto& [name, value] : gpu.fields) {
      // A loaded catalog resolves every source; one that does not is counted nowhere.
      if (const SourceRef* source = gpu.source_of(value)) stats.all_values.add(source->kind);
    }
    GpuGaps gap{gpu.id, {}};
    for (const auto& field : core_fields()) {
      const FieldValue* value = gpu.field(field);
      const SourceRef* source = value ? gpu.source_of(*value) : nullptr;
      if (!source) {
        gap.missing.push_back(field);
        continue;
      }
      stats.core_values.add(source->kind);
      stats.by_core_field[field].add(source->kind);
    }
    if (!gap.missing.empty()) stats.gaps.push_back(std::move(gap));
  }
  return stats;
}

}  // namespace catalog
