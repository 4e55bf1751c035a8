// Text and JSON output of `factcheck catalog diff --third-party`; tested in tests/catalog/third_party_diff_test.cpp.
#include <nlohmann/json.hpp>

#include "catalog/third_party_diff.h"
#include "core/quantity.h"

namespace catalog {

namespace {

std::string shown(const Value& v, const std::string& unit) {
  if (const double* d = std::get_if<double>(&v)) return core::format_number(*d, 4) + (unit.empty() ? "" : " " + unit);
  return "\"" + std::get<std::string>(v) + "\"";
}

std::string where(const core::Position& p) {
  core::Error e{core::ErrorCode::inconsistent, "", p};
  std::string text = e.format();
  return text.substr(0, text.size() - std::string(": error: ").size());
}

nlohmann::ordered_json value_json(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return *d;
  return std::get<std::string>(v);
}

}  // namespace

std::string diff_text(const ThirdPartyDiff& diff) {
  std::string out;
  for (const auto& d : diff.disagreements) {
    out += where(d.position) + ": " + (d.explained() ? "explained" : "unexplained") + ": " + d.gpu_id + " " + d.field +
           ": catalog " + shown(d.catalog_value, d.unit) + ", TechPowerUp " + shown(d.third_party_value, d.unit) +
           (d.derivation.empty() ? "" : " (" + d.derivation + ")") + " [record " + d.record_id + ", tolerance " +
           d.tolerance + "]\n";
    if (d.explained()) out += "    note: " + d.note + "\n";
  }
  for (const auto& m : diff.mappings) {
    switch (m.match) {
      case RecordMatch::by_name:
        out += where(m.position) + ": note: " + m.gpu_id + " matched TechPowerUp record \"" + m.record_id +
               "\" by exact name; cite it as a third_party source with \"record\"\n";
        break;
      case RecordMatch::none:
        out += where(m.position) + ": note: " + m.gpu_id + " has no TechPowerUp record (none cited, no exact name match)\n";
        break;
      case RecordMatch::ambiguous_name:
        out += where(m.position) + ": note: " + m.gpu_id +
               " matches several TechPowerUp records by name; cite one as a third_party source with \"record\"\n";
        break;
      case RecordMatch::missing_record:
        out += where(m.position) + ": error: " + m.gpu_id + " cites TechPowerUp record \"" + m.record_id + "\", which is not in " +
               diff.database_path + "\n";
        break;
      case RecordMatch::by_record:
        break;
    }
  }
  out += "compared " + std::to_string(diff.count(RecordMatch::by_record) + diff.count(RecordMatch::by_name)) + " of " +
         std::to_string(diff.mappings.size()) + " GPUs (" + std::to_string(diff.count(RecordMatch::by_record)) +
         " by cited record, " + std::to_string(diff.count(RecordMatch::by_name)) + " by exact name): " +
         std::to_string(diff.disagreements.size()) + " disagreements, " + std::to_string(diff.unexplained()) +
         " unexplained\n";
  return out;
}

std::string diff_json(const ThirdPartyDiff& diff) {
  using Json = nlohmann::ordered_json;
  Json gpus = Json::array();
  for (const auto& m : diff.mappings) {
    Json g{{"id", m.gpu_id}, {"match", to_string(m.match)}};
    if (!m.record_id.empty()) g["record"] = m.record_id;
    gpus.push_back(g);
  }
  Json list = Json::array();
  for (const auto& d : diff.disagreements) {
    Json j{{"gpu", d.gpu_id},
           {"field", d.field},
           {"record", d.record_id},
           {"catalog", value_json(d.catalog_value)},
           {"third_party", value_json(d.third_party_value)}};
    if (!d.unit.empty()) j["unit"] = d.unit;
    if (!d.derivation.empty()) j["derivation"] = d.derivation;
    j["tolerance"] = d.tolerance;
    j["explained"] = d.explained();
    if (d.explained()) j["note"] = d.note;
    j["position"] = {{"file", d.position.file}, {"line", d.position.line}, {"column", d.position.column}};
    list.push_back(j);
  }
  Json out{{"version", 1},
           {"database", diff.database_path},
           {"summary",
            {{"gpus", diff.mappings.size()},
             {"by_record", diff.count(RecordMatch::by_record)},
             {"by_name", diff.count(RecordMatch::by_name)},
             {"without_record", diff.count(RecordMatch::none) + diff.count(RecordMatch::ambiguous_name)},
             {"missing_record", diff.count(RecordMatch::missing_record)},
             {"disagreements", diff.disagreements.size()},
             {"unexplained", diff.unexplained()}}},
           {"gpus", gpus},
           {"disagreements", list}};
  return out.dump(2) + "\n";
}

}  // namespace catalog
