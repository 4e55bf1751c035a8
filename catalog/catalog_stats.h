// How much of the catalog there is and how well it is sourced, for `factcheck catalog stats`; tested in tests/catalog/catalog_stats_test.cpp.
#pragma once
#include <array>
#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace catalog {

// The fields an article most often states and a reader most often checks (issue 11): memory
// size/type/bus/bandwidth, TDP, cores, SMs/CUs, clocks, architecture, process.
const std::vector<std::string>& core_fields();

// Values per source kind, indexed by SourceKind (measured, vendor, derived, third_party).
struct KindCounts {
  std::array<size_t, 4> by_kind{};
  size_t total() const;
  size_t of(SourceKind kind) const { return by_kind[static_cast<size_t>(kind)]; }
  // Share of values citing a vendor document or a measurement, 0..1 (0 when there are none).
  double vendor_or_measured_share() const;
  void add(SourceKind kind) { ++by_kind[static_cast<size_t>(kind)]; }
};

struct GpuGaps {
  std::string id;
  std::vector<std::string> missing;  // core fields the record lacks, in core_fields() order
};

struct CatalogStats {
  size_t gpus = 0;
  size_t families = 0;
  std::map<std::string, size_t> by_vendor;
  std::map<std::string, size_t> by_segment;
  std::map<std::string, size_t> by_generation;  // "nvidia Ada Lovelace", "amd RDNA 3"
  KindCounts all_values;
  KindCounts core_values;
  std::map<std::string, KindCounts> by_core_field;  // each core field's values by kind
  std::vector<GpuGaps> gaps;  // GPUs missing at least one core field, in catalog order
  size_t core_fields_missing() const;
};

CatalogStats catalog_stats(const Catalog& catalog);

// Text: sections for counts, source kinds and gaps. JSON: {"version":1,"gpus","families",
// "by_vendor":{},"by_segment":{},"by_generation":{},"values":{"all":{kind:n,...,"total",
// "vendor_or_measured_share"},"core":{...},"core_fields":{field:{...}}},"missing":{"total",
// "gpus":[{"id","missing":[...]}]}}.
std::string stats_text(const CatalogStats& stats);
std::string stats_json(const CatalogStats& stats);

}  // namespace catalog
