// Text output of catalog records for `factcheck catalog show/list`; tested in tests/catalog/record_view_test.cpp.
#include <algorithm>

#include "catalog/record_view.h"
#include "core/field.h"
#include "core/quantity.h"

namespace catalog {

namespace {

std::string pad(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string shown(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return core::format_number(*d, 6);
  return std::get<std::string>(v);
}

std::string source_line(const SourceRef& s) {
  std::string out = s.id + " (" + to_string(s.kind) + ")";
  auto add = [&](const std::string& text) {
    if (!text.empty()) out += ", " + text;
  };
  add(s.title);
  add(s.url);
  add(s.capture);
  if (!s.tool.empty()) out += ", tool " + s.tool;
  if (!s.driver.empty()) out += ", driver " + s.driver;
  if (!s.date.empty()) out += ", " + s.date;
  if (!s.formula.empty()) out += ", formula " + s.formula;
  if (!s.record.empty()) out += ", record " + s.record;
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string gpu_text(const Gpu& gpu) {
  std::string out = gpu.id + ": " + gpu.name + "\n";
  out += "  vendor " + gpu.vendor + ", segment " + gpu.segment;
  if (!gpu.family.empty()) out += ", family " + gpu.family + (gpu.variant.empty() ? "" : " (" + gpu.variant + ")");
  out += "\n  aliases: " + join(gpu.aliases) + "\n";
  size_t width = 0;
  for (const auto& [name, fv] : gpu.fields) width = std::max(width, name.size());
  size_t shown_values = 0;
  for (const auto& info : core::value_fields()) {
    const FieldValue* fv = gpu.field(std::string(info.name));
    if (!fv) continue;
    std::string value = shown(fv->value);
    if (!fv->unit.empty()) value += " " + fv->unit;
    if (fv->sparse) value += " (sparse " + core::format_number(*fv->sparse, 6) + ")";
    if (!fv->node.empty()) value += " (" + fv->node + ")";
    if (!fv->also_accepted.empty()) {
      std::vector<std::string> also;
      for (const auto& v : fv->also_accepted) also.push_back(shown(v));
      value += " (also accepted: " + join(also) + ")";
    }
    ++shown_values;
    // An editor should know which numbers rest on a database that copies launch rumours.
    const char* mark = third_party_only(gpu, *fv) ? "  third-party only" : "";
    out += "  " + pad(fv->field, width) + "  " + pad(value, 24) + "  [" + fv->source + "]" + mark + "\n";
    if (!fv->note.empty()) out += "  " + pad("", width) + "  note: " + fv->note + "\n";
  }
  out += "  " + std::to_string(third_party_only_count(gpu)) + " of " + std::to_string(shown_values) +
         " values cite only a third-party source (no vendor document, measurement or formula)\n";
  out += "  sources:\n";
  for (const auto& [id, s] : gpu.sources) out += "    " + source_line(s) + "\n";
  return out;
}

std::string family_text(const Family& family, const Catalog& catalog) {
  std::string out = family.id + ": " + family.name + " (family of " + std::to_string(family.members.size()) +
                    " variants; an unqualified mention may mean any of them)\n";
  out += "  aliases: " + join(family.aliases) + "\n  members:\n";
  for (const auto& id : family.members) {
    const Gpu* gpu = catalog.find(id);
    out += "    " + id + (gpu ? "  " + gpu->name + (gpu->variant.empty() ? "" : " (" + gpu->variant + ")") : "") + "\n";
  }
  return out;
}

bool in_segment(const Gpu& gpu, const std::string& segment) { return segment.empty() || gpu.segment == segment; }

bool has_member_in_segment(const Family& family, const Catalog& catalog, const std::string& segment) {
  for (const auto& id : family.members) {
    const Gpu* gpu = catalog.find(id);
    if (gpu && in_segment(*gpu, segment)) return true;
  }
  return segment.empty();
}

std::string list_text(const Catalog& catalog, const std::string& segment) {
  std::vector<const Gpu*> gpus;
  std::vector<const Family*> families;
  for (const auto& gpu : catalog.gpus()) {
    if (in_segment(gpu, segment)) gpus.push_back(&gpu);
  }
  for (const auto& fam : catalog.families()) {
    if (has_member_in_segment(fam, catalog, segment)) families.push_back(&fam);
  }
  size_t width = 0;
  for (const Gpu* gpu : gpus) width = std::max(width, gpu->id.size());
  for (const Family* fam : families) width = std::max(width, fam->id.size());
  std::string out;
  for (const Gpu* gpu : gpus) out += pad(gpu->id, width) + "  " + gpu->name + "\n";
  if (!families.empty()) out += "families:\n";
  for (const Family* fam : families) out += pad(fam->id, width) + "  " + fam->name + " (" + join(fam->members) + ")\n";
  return out;
}

}  // namespace catalog
