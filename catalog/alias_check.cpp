// Whole-catalog check: every spelling names one GPU, or only members of one declared family; tested in tests/catalog/checks_test.cpp.
#include <map>
#include <set>

#include "catalog/checks.h"
#include "catalog/text_key.h"

namespace catalog {

namespace {

struct Use {
  std::string text;
  const Gpu* gpu;
  core::Position position;
};

}  // namespace

void check_aliases(const Catalog& catalog, core::Errors& errors) {
  std::map<std::string, std::vector<Use>> uses;  // spelling key -> GPUs using it, in file order
  for (const auto& gpu : catalog.gpus()) {
    std::set<std::string> own;
    for (size_t i = 0; i < gpu.aliases.size(); ++i) {
      core::Position at = i < gpu.alias_positions.size() ? gpu.alias_positions[i] : gpu.position;
      std::string key = text_key(gpu.aliases[i]);
      if (!own.insert(key).second) {
        errors.push_back({core::ErrorCode::schema, "alias \"" + gpu.aliases[i] + "\" is listed twice", at});
        continue;
      }
      uses[key].push_back({gpu.aliases[i], &gpu, at});
    }
    // The name is a spelling too; a GPU repeating its own name as an alias is normal.
    if (!gpu.name.empty() && own.insert(text_key(gpu.name)).second) {
      uses[text_key(gpu.name)].push_back({gpu.name, &gpu, gpu.name_position.line > 0 ? gpu.name_position : gpu.position});
    }
  }
  for (const auto& [key, list] : uses) {
    const Gpu* first = list.front().gpu;
    for (size_t i = 1; i < list.size(); ++i) {
      const Gpu* other = list[i].gpu;
      if (other->id == first->id) continue;  // the same id twice is the identity check's error
      bool one_family = !first->family.empty() && first->family == other->family && catalog.family(first->family);
      if (one_family) continue;
      errors.push_back({core::ErrorCode::schema,
                        "alias \"" + list[i].text + "\" names both " + first->id + " and " + other->id +
                            ", which are not in one declared family",
                        list[i].position});
    }
  }
  std::map<std::string, const Family*> family_spellings;
  for (const auto& fam : catalog.families()) {
    std::vector<std::string> spellings = fam.aliases;
    if (!fam.name.empty()) spellings.push_back(fam.name);
    std::set<std::string> own;
    for (size_t i = 0; i < spellings.size(); ++i) {
      core::Position at = i < fam.alias_positions.size() ? fam.alias_positions[i] : fam.position;
      std::string key = text_key(spellings[i]);
      if (!own.insert(key).second) continue;  // the name repeated as an alias
      auto [it, inserted] = family_spellings.emplace(key, &fam);
      if (!inserted && it->second != &fam) {
        errors.push_back({core::ErrorCode::schema,
                          "alias \"" + spellings[i] + "\" names both families " + it->second->id + " and " + fam.id, at});
      }
      auto gpu_uses = uses.find(key);
      if (gpu_uses == uses.end()) continue;
      for (const auto& use : gpu_uses->second) {
        if (use.gpu->family == fam.id) continue;
        errors.push_back({core::ErrorCode::schema,
                          "alias \"" + use.text + "\" names " + use.gpu->id + " and also family " + fam.id +
                              ", of which it is not a member",
                          use.position});
      }
    }
  }
}

}  // namespace catalog
