// JSON output of catalog records for `factcheck catalog show/list --format json`; tested in tests/catalog/record_view_test.cpp.
#include <cmath>
#include <nlohmann/json.hpp>

#include "catalog/record_view.h"
#include "core/field.h"

namespace catalog {

namespace {

using Json = nlohmann::ordered_json;

// Catalog numbers are doubles; 24 should print as 24, not 24.0.
Json number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return static_cast<long long>(v);
  return v;
}

Json value(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return number(*d);
  return std::get<std::string>(v);
}

Json source_json(const SourceRef& s) {
  Json out{{"id", s.id}, {"kind", to_string(s.kind)}};
  auto put = [&](const char* key, const std::string& text) {
    if (!text.empty()) out[key] = text;
  };
  put("title", s.title);
  put("url", s.url);
  put("capture", s.capture);
  put("tool", s.tool);
  put("driver", s.driver);
  put("date", s.date);
  put("formula", s.formula);
  put("record", s.record);
  return out;
}

Json gpu_object(const Gpu& gpu) {
  Json out{{"id", gpu.id}, {"name", gpu.name}, {"vendor", gpu.vendor}, {"segment", gpu.segment}};
  if (!gpu.family.empty()) out["family"] = gpu.family;
  if (!gpu.variant.empty()) out["variant"] = gpu.variant;
  out["aliases"] = gpu.aliases;
  out["third_party_only"] = third_party_only_count(gpu);
  Json fields = Json::object();
  for (const auto& info : core::value_fields()) {
    const FieldValue* fv = gpu.field(std::string(info.name));
    if (!fv) continue;
    Json f{{"value", value(fv->value)}};
    if (!fv->unit.empty()) f["unit"] = fv->unit;
    if (fv->sparse) f["sparse"] = number(*fv->sparse);
    if (!fv->also_accepted.empty()) {
      Json also = Json::array();
      for (const auto& v : fv->also_accepted) also.push_back(value(v));
      f["also_accepted"] = also;
    }
    if (!fv->node.empty()) f["node"] = fv->node;
    if (const SourceRef* s = gpu.source_of(*fv)) {
      f["source"] = source_json(*s);
    } else {
      f["source"] = {{"id", fv->source}};
    }
    if (third_party_only(gpu, *fv)) f["third_party_only"] = true;
    if (!fv->note.empty()) f["note"] = fv->note;
    fields[fv->field] = f;
  }
  out["fields"] = fields;
  return out;
}

}  // namespace

std::string gpu_json(const Gpu& gpu) { return gpu_object(gpu).dump(2) + "\n"; }

std::string family_json(const Family& family, const Catalog& catalog) {
  Json out{{"family", {{"id", family.id}, {"name", family.name}, {"aliases", family.aliases}}}};
  Json members = Json::array();
  for (const auto& id : family.members) {
    if (const Gpu* gpu = catalog.find(id)) members.push_back(gpu_object(*gpu));
  }
  out["members"] = members;
  return out.dump(2) + "\n";
}

std::string list_json(const Catalog& catalog, const std::string& segment) {
  Json gpus = Json::array();
  for (const auto& gpu : catalog.gpus()) {
    if (!in_segment(gpu, segment)) continue;
    Json g{{"id", gpu.id}, {"name", gpu.name}, {"vendor", gpu.vendor}, {"segment", gpu.segment}};
    if (!gpu.family.empty()) g["family"] = gpu.family;
    gpus.push_back(g);
  }
  Json families = Json::array();
  for (const auto& fam : catalog.families()) {
    if (has_member_in_segment(fam, catalog, segment)) families.push_back({{"id", fam.id}, {"name", fam.name}, {"members", fam.members}});
  }
  return Json{{"gpus", gpus}, {"families", families}}.dump(2) + "\n";
}

}  // namespace catalog
