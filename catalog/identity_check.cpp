// Whole-catalog check: ids match file names and vendor prefixes, vendors match folders, ids are unique; tested in tests/catalog/checks_test.cpp.
#include <filesystem>
#include <map>

#include "catalog/checks.h"

namespace catalog {

namespace {

std::string where(const core::Position& p) { return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column); }

core::Position or_record(const core::Position& specific, const core::Position& record) {
  return specific.line > 0 ? specific : record;
}

}  // namespace

void check_identity(const Catalog& catalog, core::Errors& errors) {
  namespace fs = std::filesystem;
  std::map<std::string, core::Position> first_gpu;
  for (const auto& gpu : catalog.gpus()) {
    if (gpu.id.empty()) continue;  // missing id already reported by the schema reader
    fs::path path(gpu.path);
    core::Position id_at = or_record(gpu.id_position, gpu.position);
    if (path.stem().string() != gpu.id) {
      errors.push_back({core::ErrorCode::schema,
                        "id \"" + gpu.id + "\" does not match the file name \"" + path.filename().string() + "\"", id_at});
    }
    std::string folder = path.parent_path().filename().string();
    if (!gpu.vendor.empty() && gpu.vendor != folder) {
      errors.push_back({core::ErrorCode::schema,
                        "vendor \"" + gpu.vendor + "\" does not match the folder \"" + folder + "/\"",
                        or_record(gpu.vendor_position, gpu.position)});
    }
    bool known_vendor = gpu.vendor == "nvidia" || gpu.vendor == "amd" || gpu.vendor == "intel";
    if (known_vendor && gpu.id.rfind(gpu.vendor + "-", 0) != 0) {
      errors.push_back({core::ErrorCode::schema, "id \"" + gpu.id + "\" must start with \"" + gpu.vendor + "-\"", id_at});
    }
    auto [it, inserted] = first_gpu.emplace(gpu.id, id_at);
    if (!inserted) {
      errors.push_back({core::ErrorCode::schema, "duplicate id \"" + gpu.id + "\" (first at " + where(it->second) + ")", id_at});
    }
  }
  std::map<std::string, core::Position> first_family;
  for (const auto& fam : catalog.families()) {
    if (fam.id.empty()) continue;
    core::Position id_at = or_record(fam.id_position, fam.position);
    fs::path path(fam.path);
    if (path.stem().string() != fam.id) {
      errors.push_back({core::ErrorCode::schema,
                        "family id \"" + fam.id + "\" does not match the file name \"" + path.filename().string() + "\"",
                        id_at});
    }
    auto [it, inserted] = first_family.emplace(fam.id, id_at);
    if (!inserted) {
      errors.push_back(
          {core::ErrorCode::schema, "duplicate family id \"" + fam.id + "\" (first at " + where(it->second) + ")", id_at});
    }
  }
}

}  // namespace catalog
