// Whole-catalog check: family files and the records' "family" keys list the same members; tested in tests/catalog/checks_test.cpp.
#include <set>

#include "catalog/checks.h"

namespace catalog {

void check_families(const Catalog& catalog, core::Errors& errors) {
  for (const auto& fam : catalog.families()) {
    std::set<std::string> seen;
    for (size_t i = 0; i < fam.members.size(); ++i) {
      const std::string& id = fam.members[i];
      core::Position at = i < fam.member_positions.size() ? fam.member_positions[i] : fam.position;
      if (!seen.insert(id).second) {
        errors.push_back({core::ErrorCode::schema, "member \"" + id + "\" is listed twice", at});
        continue;
      }
      const Gpu* gpu = catalog.find(id);
      if (!gpu) {
        errors.push_back({core::ErrorCode::not_found, "member \"" + id + "\" has no GPU record", at});
      } else if (gpu->family != fam.id) {
        errors.push_back({core::ErrorCode::inconsistent,
                          "member \"" + id + "\" is listed in family " + fam.id + ", but its record says " +
                              (gpu->family.empty() ? std::string("no family") : "family \"" + gpu->family + "\""),
                          at});
      }
    }
  }
  for (const auto& gpu : catalog.gpus()) {
    if (gpu.family.empty()) continue;
    core::Position at = gpu.family_position.line > 0 ? gpu.family_position : gpu.position;
    const Family* fam = catalog.family(gpu.family);
    if (!fam) {
      errors.push_back({core::ErrorCode::not_found,
                        "family \"" + gpu.family + "\" has no file families/" + gpu.family + ".json", at});
      continue;
    }
    bool listed = false;
    for (const auto& m : fam->members) listed = listed || m == gpu.id;
    if (!listed) {
      errors.push_back({core::ErrorCode::inconsistent,
                        gpu.id + " says family \"" + fam->id + "\", but " + fam->path + " does not list it in \"members\"",
                        at});
    }
  }
}

}  // namespace catalog
