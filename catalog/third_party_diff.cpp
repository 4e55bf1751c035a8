// Maps catalog GPUs to TechPowerUp records and lists the fields that disagree; tested in tests/catalog/third_party_diff_test.cpp.
#include "catalog/third_party_diff.h"

#include <cctype>
#include <cmath>

#include "catalog/text_key.h"
#include "core/field.h"
#include "core/quantity.h"

namespace catalog {

namespace {

// "RDNA 3.0" and "RDNA 3" say the same; TechPowerUp adds ".0" to whole versions.
std::string folded_text(const std::string& text) {
  std::string key = text_key(text);
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    bool dot_zero_end = key.compare(i, 2, ".0") == 0 && i > 0 && std::isdigit(static_cast<unsigned char>(key[i - 1])) &&
                        (i + 2 == key.size() || key[i + 2] == ' ' || key[i + 2] == ',');
    if (dot_zero_end) {
      ++i;
      continue;
    }
    out += key[i];
  }
  return out;
}

// TechPowerUp leaves out the count of a single connector ("8-pin EPS" = "1x 8-pin EPS").
std::string counted_connector(const std::string& folded) {
  if (folded.empty() || folded == "none") return folded;
  size_t x = folded.find("x ");
  bool counted = x != std::string::npos && x > 0 && folded.find_first_not_of("0123456789") == x;
  return counted ? folded : "1x " + folded;
}

bool texts_agree(const std::string& field, const std::string& ours, const std::string& theirs) {
  std::string a = folded_text(ours);
  std::string b = folded_text(theirs);
  if (field == "power_connectors") {
    a = counted_connector(a);
    b = counted_connector(b);
  }
  if (a == b) return true;
  if (field == "architecture") {
    // TechPowerUp names the sub-architecture ("Xe2-HPG", "Ada Lovelace") where vendors and
    // the catalog often give the family ("Xe2", "Ada"): a prefix at a word break agrees.
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return longer.rfind(shorter, 0) == 0 && (longer[shorter.size()] == ' ' || longer[shorter.size()] == '-');
  }
  return false;
}

bool numbers_agree(const std::string& field, double ours, double theirs) {
  const FieldTolerance& t = third_party_tolerance(field);
  return std::fabs(ours - theirs) <= std::max(t.absolute, t.relative * std::fabs(ours));
}

bool values_agree(const std::string& field, const Value& ours, const Value& theirs) {
  if (ours.index() != theirs.index()) return false;
  if (const double* a = std::get_if<double>(&ours)) return numbers_agree(field, *a, std::get<double>(theirs));
  return texts_agree(field, std::get<std::string>(ours), std::get<std::string>(theirs));
}

std::string tolerance_text(const std::string& field, const std::string& unit) {
  const FieldTolerance& t = third_party_tolerance(field);
  if (t.relative > 0) return core::format_number(t.relative * 100, 2) + "%";
  if (t.absolute >= 0.5) return core::format_number(t.absolute) + (unit.empty() ? "" : " " + unit);
  return "exact";
}

RecordMapping map_gpu(const Gpu& gpu, const ThirdPartyDatabase& db, const ThirdPartyRecord** record) {
  RecordMapping m;
  m.gpu_id = gpu.id;
  m.position = gpu.position;
  *record = nullptr;
  const SourceRef* cited = nullptr;
  std::string id = cited_third_party_record(gpu, &cited);
  if (!id.empty()) {
    m.record_id = id;
    m.position = cited->position;
    *record = db.find(id);
    m.match = *record ? RecordMatch::by_record : RecordMatch::missing_record;
    return m;
  }
  auto named = db.find_by_name(gpu);
  if (named.size() == 1) {
    *record = named.front();
    m.record_id = named.front()->id;
    m.match = RecordMatch::by_name;
  } else {
    m.match = named.empty() ? RecordMatch::none : RecordMatch::ambiguous_name;
  }
  return m;
}

}  // namespace

const char* to_string(RecordMatch match) {
  switch (match) {
    case RecordMatch::by_record: return "record";
    case RecordMatch::by_name: return "name";
    case RecordMatch::none: return "none";
    case RecordMatch::ambiguous_name: return "ambiguous-name";
    case RecordMatch::missing_record: return "missing-record";
  }
  return "none";
}

size_t ThirdPartyDiff::unexplained() const {
  size_t n = 0;
  for (const auto& d : disagreements) n += d.explained() ? 0 : 1;
  return n;
}

size_t ThirdPartyDiff::count(RecordMatch match) const {
  size_t n = 0;
  for (const auto& m : mappings) n += m.match == match ? 1 : 0;
  return n;
}

ThirdPartyDiff diff_third_party(const Catalog& catalog, const ThirdPartyDatabase& database) {
  ThirdPartyDiff diff;
  diff.database_path = database.path();
  for (const auto& gpu : catalog.gpus()) {
    const ThirdPartyRecord* record = nullptr;
    diff.mappings.push_back(map_gpu(gpu, database, &record));
    if (!record) continue;
    for (const auto& info : core::value_fields()) {
      std::string field(info.name);
      const FieldValue* ours = gpu.field(field);
      auto theirs = record->fields.find(field);
      if (!ours || theirs == record->fields.end()) continue;
      if (values_agree(field, ours->value, theirs->second)) continue;
      // A value the catalog lists as also accepted is, by the catalog's own word, not wrong.
      bool accepted = false;
      for (const auto& also : ours->also_accepted) accepted = accepted || values_agree(field, also, theirs->second);
      if (accepted) continue;
      Disagreement d;
      d.gpu_id = gpu.id;
      d.field = field;
      d.record_id = record->id;
      d.catalog_value = ours->value;
      d.third_party_value = theirs->second;
      d.unit = std::string(info.unit);
      if (auto how = record->derivations.find(field); how != record->derivations.end()) d.derivation = how->second;
      d.tolerance = tolerance_text(field, d.unit);
      d.note = ours->note;
      if (const SourceRef* source = gpu.source_of(*ours)) d.source = *source;
      d.position = ours->position;
      diff.disagreements.push_back(std::move(d));
    }
  }
  return diff;
}

}  // namespace catalog
