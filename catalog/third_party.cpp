// Loading and looking up the third-party reference database; tested in tests/catalog/third_party_test.cpp.
#include "catalog/third_party.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "catalog/text_key.h"
#include "catalog/third_party_conversion.h"

namespace catalog {

core::Result<ThirdPartyDatabase> ThirdPartyDatabase::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{core::ErrorCode::unavailable, "cannot open the third-party database", {path}};
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann reports a byte offset; this file is not hand-edited, so the offset is enough.
    return core::Error{core::ErrorCode::parse, std::string("not valid JSON: ") + e.what(), {path}};
  }
  if (!doc.is_array()) return core::Error{core::ErrorCode::schema, "expected a JSON array of GPU records", {path}};
  std::vector<ThirdPartyRecord> records;
  records.reserve(doc.size());
  for (const auto& item : doc) {
    if (auto record = convert_third_party_record(item)) records.push_back(std::move(*record));
  }
  ThirdPartyDatabase db = from_records(std::move(records));
  db.path_ = path;
  return db;
}

ThirdPartyDatabase ThirdPartyDatabase::from_records(std::vector<ThirdPartyRecord> records) {
  ThirdPartyDatabase db;
  db.records_ = std::move(records);
  for (size_t i = 0; i < db.records_.size(); ++i) db.by_id_.emplace(db.records_[i].id, i);
  return db;
}

const ThirdPartyRecord* ThirdPartyDatabase::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &records_[it->second];
}

std::vector<const ThirdPartyRecord*> ThirdPartyDatabase::find_by_name(const Gpu& gpu) const {
  std::vector<std::string> names{text_key(gpu.name)};
  for (const auto& alias : gpu.aliases) names.push_back(text_key(alias));
  std::vector<const ThirdPartyRecord*> out;
  for (const auto& record : records_) {
    if (record.vendor != gpu.vendor) continue;
    std::string plain = text_key(record.name);
    std::string full = text_key(record.manufacturer + " " + record.name);
    for (const auto& n : names) {
      if (n == plain || n == full) {
        out.push_back(&record);
        break;
      }
    }
  }
  return out;
}

std::string cited_third_party_record(const Gpu& gpu, const SourceRef** source) {
  for (const auto& [id, ref] : gpu.sources) {
    if (ref.kind == SourceKind::third_party && !ref.record.empty()) {
      if (source) *source = &ref;
      return ref.record;
    }
  }
  return "";
}

std::string default_third_party_path(const std::string& catalog_dir) {
  return (std::filesystem::path(catalog_dir) / ".." / "third_party" / "all-gpus.json").lexically_normal().string();
}

Check third_party_record_check(std::shared_ptr<const ThirdPartyDatabase> database) {
  return {"third-party-records", [database](const Catalog& catalog, core::Errors& errors) {
            for (const auto& gpu : catalog.gpus()) {
              for (const auto& [id, ref] : gpu.sources) {
                if (ref.kind != SourceKind::third_party || ref.record.empty() || database->find(ref.record)) continue;
                errors.push_back({core::ErrorCode::not_found,
                                  "source \"" + id + "\" cites record \"" + ref.record + "\", which is not in " +
                                      (database->path().empty() ? "the third-party database" : database->path()),
                                  ref.position});
              }
            }
          }};
}

}  // namespace catalog
