// Number and text agreement with catalog values; tested in tests/rules/value_match_test.cpp.
#include "rules/value_match.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>

#include "core/field.h"
#include "core/text_case.h"

namespace rules {
namespace {

std::string squash(const std::string& s) {
  std::string out;
  for (char c : core::ascii_lower(s)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
  }
  return out;
}

// Ports of one kind: how many (-1 when the text gives no count) and their version.
struct Ports {
  int count = 0;
  std::string version;
};

// "1x HDMI 2.1a, 3x DisplayPort 1.4a" -> {hdmi: (1, "2.1a"), dp: (3, "1.4a")}; "HDMI 2.1" -> {hdmi: (-1, "2.1")}.
// A mini-DisplayPort is a DisplayPort; "USB Type-C" and "USB-C" are one port.
std::map<std::string, Ports> outputs(const std::string& text) {
  std::map<std::string, Ports> out;
  static const std::regex part(
      R"((?:(\d+)\s*x?\s*|\b)(HDMI|mini-DisplayPort|mini-DP|Mini DisplayPort|DisplayPort|DP|DVI|USB[- ]?(?:Type[- ]?)?C|VirtualLink)\s*([0-9.]*[a-z]?))",
      std::regex::icase);
  for (std::sregex_iterator it(text.begin(), text.end(), part), end; it != end; ++it) {
    std::string kind = core::ascii_lower((*it)[2].str());
    if (kind.find("displayport") != std::string::npos || kind.find("dp") != std::string::npos) kind = "dp";
    if (kind.rfind("usb", 0) == 0) kind = "usb-c";
    auto& slot = out[kind];
    const int n = (*it)[1].matched ? std::stoi((*it)[1]) : -1;
    slot.count = slot.count < 0 || n < 0 ? -1 : slot.count + n;
    slot.version = core::ascii_lower((*it)[3].str());
  }
  return out;
}

bool versions_agree(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  // "2.1" and "2.1a" name one connector generation.
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

}  // namespace

double field_tolerance(const std::string& field) {
  // Vendor and database figures round differently (RTX 4090: 1008 vs 1010 GB/s); clocks are
  // quoted to the MHz; throughput figures are computed from rounded clocks.
  static const std::map<std::string, double> tolerances{
      {"memory_bandwidth", 0.012}, {"memory_data_rate", 0.02}, {"memory_clock", 0.01}, {"base_clock", 0.005},
      {"boost_clock", 0.005},      {"fp64_tflops", 0.025},     {"fp32_tflops", 0.025},  {"fp16_tflops", 0.025},
      {"fp16_tensor_tflops", 0.025}, {"int8_tops", 0.025},     {"fp8_tensor_tflops", 0.025}, {"fp4_tensor_tflops", 0.025},
      {"tf32_tensor_tflops", 0.025}, {"fp64_tensor_tflops", 0.025}, {"interconnect_bandwidth", 0.012},     {"pixel_rate", 0.015},   {"texture_rate", 0.015},
      {"transistors", 0.01},       {"length", 0.02},        {"die_size", 0.01},  // databases round die areas to the mm2
  };
  auto it = tolerances.find(field);
  return it == tolerances.end() ? 0.0 : it->second;
}

double catalog_base_value(const std::string& field, double value) {
  const auto* info = core::find_field(field);
  if (!info || info->unit.empty()) return value;
  auto unit = core::unit_from_symbol(info->unit);
  return unit ? value * core::base_factor(*unit) : value;
}

double claim_base_value(const std::string& field, const core::Quantity& q, double value) {
  if (field == "memory_size" || field == "l2_cache") {
    // Writers say "GB" for what software reports in GiB; memory is compared number to
    // number in the claim's magnitude (24 GiB and 24 GB both mean the 24 GB card).
    switch (q.unit) {
      case core::Unit::KiB: return value * 1e3;
      case core::Unit::MiB: return value * 1e6;
      case core::Unit::GiB: return value * 1e9;
      case core::Unit::TiB: return value * 1e12;
      default: break;
    }
  }
  return value * core::base_factor(q.unit);
}

bool number_agrees(const std::string& field, const core::Quantity& claimed, double truth) {
  const double t = catalog_base_value(field, truth);
  const double v = claim_base_value(field, claimed, claimed.value);
  double slack = std::max(0.5 * std::pow(10.0, -claimed.decimals) * claim_base_value(field, claimed, 1.0),
                          field_tolerance(field) * std::abs(t));
  if (claimed.qualifier == core::Qualifier::approximate) slack = std::max(slack, 0.05 * std::abs(t));
  // Relative: base units of length and area are metres, so a process node is 1e-8 and an
  // absolute epsilon of 1e-9 would swallow whole nanometres (and any die area).
  const double eps = std::max(1e-9 * std::abs(t), 1e-30);
  switch (claimed.qualifier) {
    case core::Qualifier::range: {
      const double hi = claim_base_value(field, claimed, claimed.upper.value_or(claimed.value));
      return t >= v - slack - eps && t <= hi + slack + eps;
    }
    case core::Qualifier::at_least: return t >= v - slack - eps;
    case core::Qualifier::at_most: return t <= v + slack + eps;
    case core::Qualifier::up_to: return std::abs(t - v) <= std::max(slack, 0.05 * std::abs(t)) + eps;
    default: return std::abs(t - v) <= slack + eps;
  }
}

bool field_agrees(const std::string& field, const core::Quantity& claimed, const catalog::FieldValue& truth,
                  bool says_sparse, bool says_dense) {
  if (!truth.is_number()) return false;
  if (says_sparse && truth.sparse) return number_agrees(field, claimed, *truth.sparse);
  if (number_agrees(field, claimed, truth.number())) return true;
  // "12288 MB" of a 12 GB card: spec databases count memory in binary megabytes, and tools
  // report it in MiB ("81,920 MiB" for 80 GB).
  if (core::find_field(field) && core::find_field(field)->dimension == core::Dimension::bytes &&
      (claimed.unit == core::Unit::MB || claimed.unit == core::Unit::KB || claimed.unit == core::Unit::MiB ||
       claimed.unit == core::Unit::KiB)) {
    core::Quantity as_gib = claimed;
    as_gib.unit = claimed.unit == core::Unit::MB || claimed.unit == core::Unit::MiB ? core::Unit::GiB : core::Unit::MiB;
    as_gib.value = claimed.value / 1024.0;
    as_gib.decimals = 3;
    if (number_agrees(field, as_gib, truth.number())) return true;
  }
  for (const auto& alt : truth.also_accepted) {
    if (std::holds_alternative<double>(alt) && number_agrees(field, claimed, std::get<double>(alt))) return true;
  }
  // An unqualified tensor figure may be the sparse one vendors headline; not wrong by itself.
  // One the text calls dense is not (tests/rules/catalog/value_mismatch_test.cpp).
  return !says_sparse && !says_dense && truth.sparse && number_agrees(field, claimed, *truth.sparse);
}

bool text_agrees(const std::string& field, const std::string& claimed, const catalog::FieldValue& truth) {
  if (truth.is_number()) return false;
  // "GCN 5.1 (Vega 20)", "CDNA (Arcturus)": a code name in brackets after the value decorates it.
  if (field == "architecture") {
    const size_t open = claimed.rfind(" (");
    if (open != std::string::npos && !claimed.empty() && claimed.back() == ')' && text_agrees(field, claimed.substr(0, open), truth)) return true;
  }
  std::vector<std::string> accepted{truth.text()};
  for (const auto& alt : truth.also_accepted) {
    if (std::holds_alternative<std::string>(alt)) accepted.push_back(std::get<std::string>(alt));
  }
  for (const auto& t : accepted) {
    if (field == "display_outputs") {
      const bool claimed_none = squash(claimed) == "none";
      const bool truth_none = squash(t) == "none";
      if (claimed_none || truth_none) {
        if (claimed_none == truth_none) return true;
        continue;
      }
      auto a = outputs(claimed);
      auto b = outputs(t);
      if (a.empty() || b.empty()) return true;  // a form we cannot read is not a finding
      if (!a.count("usb-c")) b.erase("usb-c");  // writers leave out the USB-C (VirtualLink) port
      // Ports named without a count ("HDMI 2.1, 3x DP") say which kinds there are, not the full list.
      const bool partial = std::any_of(a.begin(), a.end(), [](const auto& p) { return p.second.count < 0; });
      bool same = partial || a.size() == b.size();
      for (auto& [kind, v] : a) {
        auto it = b.find(kind);
        if (it == b.end() || !versions_agree(v.version, it->second.version)) same = false;
        if (it != b.end() && v.count >= 0 && it->second.count >= 0 && v.count != it->second.count) same = false;
      }
      if (same) return true;
      continue;
    }
    if (field == "code_name") {
      std::string c = squash(claimed), tt = squash(t);
      if (c == tt || c.rfind(tt, 0) == 0 || tt.rfind(c, 0) == 0) return true;
      continue;
    }
    if (field == "architecture") {
      std::string c = squash(claimed), tt = squash(t);
      if (c == tt || (c == "ada" && tt == "adalovelace") || (tt == "ada" && c == "adalovelace")) return true;
      // "Blackwell" for a "Blackwell Ultra" part names its family, not another one.
      if (!c.empty() && tt.rfind(c, 0) == 0 && !std::isdigit(static_cast<unsigned char>(tt[c.size()]))) return true;
      continue;
    }
    if (field == "interconnect") {
      // "NVLink" without a generation names the link, not a wrong one.
      std::string c = squash(claimed), tt = squash(t);
      if (c == tt || (!c.empty() && tt.rfind(c, 0) == 0)) return true;
      continue;
    }
    if (field == "memory_type") {
      if (squash(claimed) == squash(t)) return true;
      continue;
    }
    if (field == "form_factor") {
      // "Superchip" for a "Superchip module", "SXM5" for "SXM5 module": the kind without its noun.
      static const std::regex noun(R"(\s*(module|card|board|form factor)\s*$)", std::regex::icase);
      if (squash(std::regex_replace(claimed, noun, "")) == squash(std::regex_replace(t, noun, ""))) return true;
    }
    if (field == "interface") {
      // "PCIe 4.0" names the generation; the lane count is judged only when the writer gives one.
      static const std::regex lanes(R"(\s*x\s*\d+\s*$)", std::regex::icase);
      // A bare PCIe generation ("Gen5") said of an SXM or OAM module is about its host link,
      // which the catalog's module form does not state; "PCIe 4.0 x16" names a card form.
      // The record may state the module's host link among its accepted values; then that is
      // what a PCIe claim is judged against.
      const bool host_known = std::any_of(accepted.begin(), accepted.end(),
                                          [&](const std::string& a) { return squash(a).rfind("pcie", 0) == 0; });
      if (squash(claimed).rfind("pcie", 0) == 0 && squash(t).rfind("pcie", 0) != 0 && !std::regex_search(claimed, lanes) &&
          !host_known) {
        return true;
      }
      const std::string tt = std::regex_search(claimed, lanes) ? t : std::regex_replace(t, lanes, "");
      if (squash(claimed) == squash(tt)) return true;
      continue;
    }
    if (field == "power_connectors") {
      std::string c = squash(claimed), tt = squash(t);
      if (c == tt || ((c.find("12vhpwr") != std::string::npos || c.find("12v2x6") != std::string::npos) &&
                      tt.find("16pin") != std::string::npos)) {
        return true;
      }
      continue;
    }
    if (squash(claimed) == squash(t)) return true;
  }
  return false;
}

std::string expected_text(const std::string& field, const catalog::FieldValue& truth, const core::Quantity* claimed,
                          bool sparse) {
  if (!truth.is_number()) return truth.text();
  const double value = sparse && truth.sparse ? *truth.sparse : truth.number();
  const auto* info = core::find_field(field);
  if (claimed && claimed->unit != core::Unit::none && claimed->dimension() != core::Dimension::count) {
    const double base = catalog_base_value(field, value);
    double in_claim_unit = base / claim_base_value(field, *claimed, 1.0);
    // A memory size said in MiB or KiB is a binary count: 80 GB is 81,920 MiB, not 80,000.
    if ((field == "memory_size" || field == "l2_cache") && (claimed->unit == core::Unit::MiB || claimed->unit == core::Unit::KiB)) {
      in_claim_unit *= 1.024;
    }
    return core::format_number(in_claim_unit, 3) + " " + std::string(core::unit_symbol(claimed->unit));
  }
  std::string unit = info ? std::string(info->unit) : "";
  if (unit == "billion" && claimed && claimed->unit == core::Unit::million) {
    return core::format_number(value * 1000, 0) + " million";
  }
  return core::format_number(value, 3) + (unit.empty() ? "" : " " + unit);
}

core::Evidence evidence_for(const catalog::Gpu& gpu, const catalog::FieldValue& value) {
  core::Evidence e;
  e.gpu = gpu.id;
  e.field = value.field;
  e.value = expected_text(value.field, value, nullptr);
  e.source_id = value.source;
  if (const auto* s = gpu.source_of(value)) {
    e.source_kind = catalog::to_string(s->kind);
    e.title = s->title;
    e.url = s->url;
    e.capture = s->capture;
    std::string detail;
    if (!s->tool.empty()) detail += s->tool;
    if (!s->driver.empty()) detail += (detail.empty() ? "" : ", ") + std::string("driver ") + s->driver;
    if (!s->date.empty()) detail += (detail.empty() ? "" : ", ") + s->date;
    if (!s->formula.empty()) detail += (detail.empty() ? "" : ", ") + std::string("formula: ") + s->formula;
    e.detail = detail;
  }
  if (!value.note.empty()) e.detail += (e.detail.empty() ? "" : "; ") + value.note;
  return e;
}

}  // namespace rules
