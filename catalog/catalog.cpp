// Catalog queries: lookup by id/name/alias, families, siblings, alias table; tested in tests/catalog/catalog_test.cpp.
#include "catalog/catalog.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "catalog/text_key.h"

namespace catalog {

const char* to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::measured: return "measured";
    case SourceKind::vendor: return "vendor";
    case SourceKind::derived: return "derived";
    case SourceKind::third_party: return "third_party";
  }
  return "unknown";
}

std::optional<SourceKind> source_kind_from_string(const std::string& text) {
  for (auto kind : {SourceKind::measured, SourceKind::vendor, SourceKind::derived, SourceKind::third_party}) {
    if (text == to_string(kind)) return kind;
  }
  return std::nullopt;
}

int precedence(SourceKind kind) {
  switch (kind) {
    case SourceKind::measured: return 0;
    case SourceKind::vendor: return 1;
    case SourceKind::derived: return 2;
    case SourceKind::third_party: return 3;
  }
  return 4;
}

const FieldValue* Gpu::field(const std::string& name) const {
  auto it = fields.find(name);
  return it == fields.end() ? nullptr : &it->second;
}

const FieldValue* Gpu::feature_value(const std::string& name) const {
  if (const auto* own = field(name)) return own;
  auto it = inherited.find(name);
  return it == inherited.end() ? nullptr : &it->second;
}

const SourceRef* Gpu::source_of(const FieldValue& value) const {
  if (auto it = sources.find(value.source); it != sources.end()) return &it->second;
  auto it = inherited_sources.find(value.source);
  return it == inherited_sources.end() ? nullptr : &it->second;
}

const Gpu* Catalog::find(const std::string& id) const {
  for (const auto& gpu : gpus_) {
    if (gpu.id == id) return &gpu;
  }
  return nullptr;
}

const Gpu* Catalog::lookup(const std::string& id_or_alias) const {
  auto it = by_key_.find(text_key(id_or_alias));
  if (it == by_key_.end() || it->second.size() != 1) return nullptr;
  return &gpus_[it->second.front()];
}

const Family* Catalog::family(const std::string& id) const {
  for (const auto& f : families_) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

const Family* Catalog::lookup_family(const std::string& id_or_alias) const {
  std::string key = text_key(id_or_alias);
  if (auto it = family_by_key_.find(key); it != family_by_key_.end()) return &families_[it->second];
  auto it = by_key_.find(key);
  if (it == by_key_.end() || it->second.size() < 2) return nullptr;
  const std::string& shared = gpus_[it->second.front()].family;
  for (size_t index : it->second) {
    if (shared.empty() || gpus_[index].family != shared) return nullptr;
  }
  return family(shared);
}

const Family* Catalog::family_of(const Gpu& gpu) const { return gpu.family.empty() ? nullptr : family(gpu.family); }

std::vector<const Gpu*> Catalog::siblings(const Gpu& gpu) const {
  std::vector<const Gpu*> out;
  if (gpu.family.empty()) return out;
  for (const auto& other : gpus_) {
    if (other.family == gpu.family && other.id != gpu.id) out.push_back(&other);
  }
  return out;
}

void Catalog::index() {
  by_key_.clear();
  family_by_key_.clear();
  for (auto& gpu : gpus_) {
    gpu.inherited.clear();
    gpu.inherited_sources.clear();
    const FieldValue* arch = gpu.field("architecture");
    if (!arch || arch->is_number()) continue;
    for (const auto& a : architectures_) {
      if (a.vendor != gpu.vendor || a.architecture != arch->text()) continue;
      for (const auto& [name, value] : a.fields) {
        if (gpu.fields.count(name)) continue;
        FieldValue fact = value;
        fact.source = a.id + "/" + value.source;
        if (auto s = a.sources.find(value.source); s != a.sources.end()) gpu.inherited_sources[fact.source] = s->second;
        gpu.inherited[name] = std::move(fact);
      }
    }
  }
  for (size_t i = 0; i < gpus_.size(); ++i) {
    std::vector<std::string> keys{gpus_[i].id, gpus_[i].name};
    keys.insert(keys.end(), gpus_[i].aliases.begin(), gpus_[i].aliases.end());
    for (const auto& k : keys) {
      auto& slot = by_key_[text_key(k)];
      if (std::find(slot.begin(), slot.end(), i) == slot.end()) slot.push_back(i);
    }
  }
  for (size_t i = 0; i < families_.size(); ++i) {
    std::vector<std::string> keys{families_[i].id, families_[i].name};
    keys.insert(keys.end(), families_[i].aliases.begin(), families_[i].aliases.end());
    for (const auto& k : keys) family_by_key_.emplace(text_key(k), i);
  }
}

core::AliasTable Catalog::alias_table() const {
  // One entry per distinct spelling (case kept from its first appearance); a spelling
  // shared by family members, or a family's own alias, carries every member it names.
  core::AliasTable table;
  std::map<std::string, size_t> slot_of;
  auto add = [&](const std::string& text, const std::string& gpu_id, const std::string& family) {
    auto [it, inserted] = slot_of.emplace(text_key(text), table.size());
    if (inserted) table.push_back({text, {}, family});
    auto& entry = table[it->second];
    if (std::find(entry.gpu_ids.begin(), entry.gpu_ids.end(), gpu_id) == entry.gpu_ids.end()) entry.gpu_ids.push_back(gpu_id);
    if (entry.family.empty()) entry.family = family;
  };
  for (const auto& gpu : gpus_) {
    add(gpu.name, gpu.id, "");
    for (const auto& alias : gpu.aliases) add(alias, gpu.id, "");
  }
  for (const auto& fam : families_) {
    std::vector<std::string> spellings{fam.name};
    spellings.insert(spellings.end(), fam.aliases.begin(), fam.aliases.end());
    for (const auto& text : spellings) {
      for (const auto& member : fam.members) add(text, member, fam.id);
    }
  }
  // "A100 80GB", "H100 80 GB": a family name with a memory size names the members of that
  // size, where the family's members differ in it (writers name variants so).
  for (const auto& fam : families_) {
    std::map<double, std::vector<std::string>> by_size;
    for (const auto& member : fam.members) {
      const Gpu* g = find(member);
      const FieldValue* size = g ? g->field("memory_size") : nullptr;
      if (size && size->is_number()) by_size[size->number()].push_back(member);
    }
    if (by_size.size() < 2) continue;
    std::vector<std::string> spellings{fam.name};
    spellings.insert(spellings.end(), fam.aliases.begin(), fam.aliases.end());
    for (const auto& [gb, members] : by_size) {
      char size[32];
      std::snprintf(size, sizeof size, "%g", gb);
      for (const auto& text : spellings) {
        for (const auto& member : members) {
          add(text + " " + size + "GB", member, "");
          add(text + " " + size + " GB", member, "");
        }
      }
    }
  }
  // A GPU-level spelling shared by several members names the family too.
  for (auto& entry : table) {
    if (!entry.family.empty() || entry.gpu_ids.size() < 2) continue;
    const Gpu* first = find(entry.gpu_ids.front());
    if (first && !first->family.empty()) entry.family = first->family;
  }
  return table;
}

}  // namespace catalog
