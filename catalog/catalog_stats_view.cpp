// Text and JSON output of `factcheck catalog stats`; tested in tests/catalog/catalog_stats_test.cpp.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "catalog/catalog_stats.h"
#include "core/quantity.h"

namespace catalog {

namespace {

constexpr SourceKind kKinds[] = {SourceKind::measured, SourceKind::vendor, SourceKind::derived, SourceKind::third_party};

std::string pad(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string percent(double share) { return core::format_number(share * 100, 1) + "%"; }

std::string counts_line(const KindCounts& counts) {
  std::string out;
  for (SourceKind kind : kKinds) {
    out += std::string(out.empty() ? "" : ", ") + to_string(kind) + " " + std::to_string(counts.of(kind));
  }
  return out + " (total " + std::to_string(counts.total()) + "; vendor or measured " +
         percent(counts.vendor_or_measured_share()) + ")";
}

std::string count_section(const std::string& title, const std::map<std::string, size_t>& counts) {
  size_t width = 0;
  for (const auto& [name, n] : counts) width = std::max(width, name.size());
  std::string out = title + ":\n";
  for (const auto& [name, n] : counts) out += "  " + pad(name, width) + "  " + std::to_string(n) + "\n";
  return out;
}

using Json = nlohmann::ordered_json;

Json counts_json(const KindCounts& counts) {
  Json out = Json::object();
  for (SourceKind kind : kKinds) out[to_string(kind)] = counts.of(kind);
  out["total"] = counts.total();
  // Rounded so the JSON is stable across platforms' last-digit differences.
  out["vendor_or_measured_share"] = std::round(counts.vendor_or_measured_share() * 10000) / 10000;
  return out;
}

}  // namespace

std::string stats_text(const CatalogStats& stats) {
  std::string out = std::to_string(stats.gpus) + " GPUs, " + std::to_string(stats.families) + " families\n\n";
  out += count_section("GPUs per vendor", stats.by_vendor) + "\n";
  out += count_section("GPUs per segment", stats.by_segment) + "\n";
  out += count_section("GPUs per generation (vendor and architecture)", stats.by_generation) + "\n";
  out += "values per source kind:\n  all fields:  " + counts_line(stats.all_values) + "\n";
  out += "  core fields: " + counts_line(stats.core_values) + "\n";
  size_t width = 0;
  for (const auto& [field, counts] : stats.by_core_field) width = std::max(width, field.size());
  for (const auto& field : core_fields()) {
    auto it = stats.by_core_field.find(field);
    if (it == stats.by_core_field.end()) continue;
    out += "    " + pad(field, width) + "  " + counts_line(it->second) + "\n";
  }
  out += "\ncore fields missing: " + std::to_string(stats.core_fields_missing()) + " in " +
         std::to_string(stats.gaps.size()) + " of " + std::to_string(stats.gpus) + " GPUs\n";
  size_t id_width = 0;
  for (const auto& gap : stats.gaps) id_width = std::max(id_width, gap.id.size());
  for (const auto& gap : stats.gaps) {
    std::string missing;
    for (const auto& field : gap.missing) missing += (missing.empty() ? "" : ", ") + field;
    out += "  " + pad(gap.id, id_width) + "  " + missing + "\n";
  }
  return out;
}

std::string stats_json(const CatalogStats& stats) {
  Json fields = Json::object();
  for (const auto& field : core_fields()) {
    auto it = stats.by_core_field.find(field);
    if (it != stats.by_core_field.end()) fields[field] = counts_json(it->second);
  }
  Json gaps = Json::array();
  for (const auto& gap : stats.gaps) gaps.push_back({{"id", gap.id}, {"missing", gap.missing}});
  Json out{{"version", 1},
           {"gpus", stats.gpus},
           {"families", stats.families},
           {"by_vendor", stats.by_vendor},
           {"by_segment", stats.by_segment},
           {"by_generation", stats.by_generation},
           {"values", {{"all", counts_json(stats.all_values)}, {"core", counts_json(stats.core_values)}, {"core_fields", fields}}},
           {"core_fields", core_fields()},
           {"missing", {{"total", stats.core_fields_missing()}, {"gpus_with_gaps", stats.gaps.size()}, {"gpus", gaps}}}};
  return out.dump(2) + "\n";
}

}  // namespace catalog
