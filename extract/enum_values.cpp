// Patterns for enumerated values, compiled once; tested in tests/extract/enum_values_test.cpp.
#include "extract/enum_values.h"

#include "core/text_case.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace extract {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

void find_all(std::string_view text, const RE2& re, const std::string& field, bool self_evident,
              std::vector<EnumValue>& out, std::string (*normalize)(std::string_view)) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, g, 2)) {
    size_t b = static_cast<size_t>(g[1].data() - text.data());
    size_t e = b + g[1].size();
    pos = std::max(e, static_cast<size_t>(g[0].data() - text.data()) + 1);
    out.push_back(EnumValue{field, normalize(std::string_view(g[1].data(), g[1].size())), b, e, self_evident});
  }
}

std::string normalize_memory_type(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (out.size() > 4 && out.back() == 'E' && out.rfind("HBM", 0) == 0) out.back() = 'e';
  return out;
}

std::string normalize_code_name(std::string_view s) { return trim(s); }

std::string normalize_slot(std::string_view s) {
  std::string l = core::ascii_lower(s);
  // One spelling per form: "OCP Accelerator Module" is OAM, "SXM5 module" is SXM.
  if (l.find("ocp accelerator module") != std::string::npos || l.find("oam") != std::string::npos) return "oam";
  if (l.find("sxm") != std::string::npos) return "sxm";
  if (l.find("single") != std::string::npos || l.rfind("1", 0) == 0) return "single";
  if (l.find("dual") != std::string::npos || l.rfind("2", 0) == 0 || l.find("double") != std::string::npos) return "dual";
  if (l.find("triple") != std::string::npos || l.rfind("3", 0) == 0) return "triple";
  if (l.find("quad") != std::string::npos || l.rfind("4", 0) == 0) return "quad";
  return l;
}

std::string normalize_interface(std::string_view s) {
  static const RE2 re("(?i)(?:pcie|pci express|pci-e)\\s*(?:gen\\s*)?(\\d(?:\\.\\d)?)(?:\\s*x\\s*(\\d+))?");
  std::string gen, width;
  if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re, &gen, &width)) {
    if (gen.find('.') == std::string::npos) gen += ".0";
    return "PCIe " + gen + (width.empty() ? "" : " x" + width);
  }
  // A bare generation in a PCIe row or after "Gen": "4.0", "Gen5", "Gen 5 x16", "5.0 x16".
  static const RE2 bare("(?i)^\\s*(?:gen\\s*(\\d)|(\\d)\\.0)(?:\\s*x\\s*(\\d+))?\\b");
  std::string g1, g2;
  width.clear();
  if (RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), bare, &g1, &g2, &width)) {
    return "PCIe " + (g1.empty() ? g2 : g1) + ".0" + (width.empty() ? "" : " x" + width);
  }
  return trim(s);
}

std::string normalize_connectors(std::string_view s) { return trim(s); }

// One spelling per module form: "OCP Accelerator Module" is OAM, "SXM5 module" is SXM5,
// "PCIe card" / "PCIe Gen5 x16 card" is PCIe.
std::string normalize_form_factor(std::string_view s) {
  const std::string l = core::ascii_lower(trim(s));
  if (l.find("ocp accelerator module") != std::string::npos || l.find("oam") != std::string::npos) return "OAM";
  static const RE2 sxm("(?i)\\b(sxm\\d?)\\b");
  std::string m;
  if (RE2::PartialMatch(l, sxm, &m)) {
    for (auto& ch : m) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return m;
  }
  if (l.find("pcie") != std::string::npos || l.find("pci express") != std::string::npos) return "PCIe";
  return trim(s);
}

const RE2& die_pattern() {
  static const RE2 die(
      "\\b((?:AD|GA|GH|GB|TU|GV|GP|GK)\\d{3}[A-Z]?(?:-\\d{3}(?:-[A-Z]\\d)?)?|Navi ?\\d{2}|BMG-G\\d{2}|ACM-G\\d{2}|Aldebaran|Arcturus)\\b");
  return die;
}

}  // namespace

std::string canonical_architecture(std::string_view name) {
  std::string l = core::ascii_lower(trim(name));
  static const std::pair<const char*, const char*> kNames[] = {
      {"ada lovelace", "Ada Lovelace"}, {"ada", "Ada Lovelace"}, {"lovelace", "Ada Lovelace"},
      {"ampere", "Ampere"}, {"hopper", "Hopper"}, {"blackwell", "Blackwell"}, {"turing", "Turing"},
      {"volta", "Volta"}, {"pascal", "Pascal"}, {"maxwell", "Maxwell"}, {"kepler", "Kepler"},
      {"alchemist", "Xe-HPG"}, {"xe-hpg", "Xe-HPG"}, {"xe hpg", "Xe-HPG"}, {"battlemage", "Xe2"},
      {"xe2", "Xe2"}, {"xe2-hpg", "Xe2"}, {"rubin", "Rubin"},
  };
  for (auto& [k, v] : kNames) {
    if (l == k) return v;
  }
  static const RE2 amd("(?i)(rdna|cdna)\\s*(\\d(?:\\.\\d)?)");
  std::string fam, ver;
  if (RE2::FullMatch(l, amd, &fam, &ver)) {
    for (auto& c : fam) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return fam + " " + ver;
  }
  if (l == "cdna") return "CDNA";
  if (l == "rdna") return "RDNA";
  return trim(name);
}

std::vector<EnumValue> find_enum_values(std::string_view text) {
  std::vector<EnumValue> out;
  static const RE2 arch(
      "(?i)\\b(Ada Lovelace|Ada|Lovelace|Ampere|Hopper|Blackwell|Turing|Volta|Pascal|Maxwell|Kepler|"
      "RDNA ?\\d(?:\\.\\d)?|CDNA ?\\d|Xe2|Xe-HPG|Alchemist|Battlemage)\\b");
  static const RE2 memory("\\b(GDDR7|GDDR6X|GDDR6|GDDR5X|GDDR5|HBM3[eE]|HBM3|HBM2[eE]|HBM2|LPDDR5X|LPDDR5)\\b");
  const RE2& die = die_pattern();
  static const RE2 no_display("(?i)\\b(no display (?:engine|outputs?|connectors?|ports?)|no video outputs?|headless|no outputs)\\b");
  static const RE2 slot("(?i)\\b(single[- ]slot|dual[- ]slot|double[- ]slot|triple[- ]slot|quad[- ]slot|[1234][- ]slot)\\b");
  static const RE2 iface("(?i)\\b((?:PCIe|PCI Express|PCI-E)\\s*(?:Gen\\s*)?\\d(?:\\.\\d)?(?:\\s*x\\s*\\d+)?)");
  find_all(text, arch, "architecture", false, out, [](std::string_view s) { return canonical_architecture(s); });
  find_all(text, memory, "memory_type", true, out, normalize_memory_type);
  find_all(text, die, "code_name", false, out, normalize_code_name);
  find_all(text, no_display, "display_outputs", true, out, [](std::string_view) { return std::string("none"); });
  // "1 x HDMI 2.1b 3 x DisplayPort 2.1a": two or more counted port groups are an output list.
  static const RE2 ports(
      "(?i)\\b(\\d\\s*x\\s*(?:HDMI|DisplayPort|DP)\\s*[0-9.]*[a-z]?(?:\\s*(?:,|and|\\+|/)?\\s*\\d\\s*x\\s*"
      "(?:HDMI|DisplayPort|DP)\\s*[0-9.]*[a-z]?)+)");
  find_all(text, ports, "display_outputs", true, out, [](std::string_view s) { return trim(s); });
  find_all(text, slot, "slot_width", true, out, normalize_slot);
  find_all(text, iface, "interface", false, out, normalize_interface);
  std::sort(out.begin(), out.end(), [](const EnumValue& a, const EnumValue& b) { return a.begin < b.begin; });
  return out;
}

EnumValue read_cell_value(std::string_view field, std::string_view cell) {
  EnumValue v;
  v.field = std::string(field);
  std::string t = trim(cell);
  v.begin = static_cast<size_t>(cell.find_first_not_of(" \t\n"));
  if (v.begin == std::string::npos) v.begin = 0;
  v.end = v.begin + t.size();
  if (t.empty() || t == "-" || t == "—" || t == "–" || core::ascii_lower(t) == "n/a" || core::ascii_lower(t) == "unknown") {
    v.value.clear();
    return v;
  }
  const std::string l = core::ascii_lower(t);
  if (field == "architecture") {
    // "Hopper (2022)", "Upgraded Hopper", "Hopper (GH100 die)": the architecture word, not its decoration.
    static const RE2 word(
        "(?i)\\b(Ada Lovelace|Ada|Lovelace|Ampere|Hopper|Blackwell|Turing|Volta|Pascal|Maxwell|Kepler|"
        "RDNA ?\\d(?:\\.\\d)?|CDNA ?\\d|Xe2|Xe-HPG|Xe-HPC|Alchemist|Battlemage)\\b");
    std::string w;
    v.value = RE2::PartialMatch(t, word, &w) ? canonical_architecture(w) : canonical_architecture(t);
  } else if (field == "memory_type") {
    static const RE2 kind("\\b(GDDR7|GDDR6X|GDDR6|GDDR5X|GDDR5|HBM3[eE]|HBM3|HBM2[eE]|HBM2|LPDDR5X|LPDDR5)\\b");
    std::string k;
    v.value = normalize_memory_type(RE2::PartialMatch(t, kind, &k) ? std::string_view(k) : std::string_view(t));
  } else if (field == "code_name") {
    // A "GPU" row may hold names as well as dies: only a die-shaped token is a code name.
    std::string d;
    v.value = RE2::PartialMatch(t, die_pattern(), &d) ? d : std::string();
  } else if (field == "display_outputs") {
    v.value = (l == "none" || l.find("no ") == 0 || l == "no outputs") ? "none" : t;
  } else if (field == "slot_width") {
    v.value = normalize_slot(t);
  } else if (field == "interface") {
    v.value = normalize_interface(t);
    // "System-level", "Yes": no interface named.
    static const RE2 named("(?i)pcie|sxm|oam|mxm|pci");
    if (!RE2::PartialMatch(v.value, named)) v.value.clear();
  } else if (field == "power_connectors") {
    v.value = (l == "none" || l.find("no ") == 0 || l.find("slot") != std::string::npos) ? "none" : normalize_connectors(t);
  } else if (field == "interconnect") {
    // "NVLink 4.0 & PCIe Gen5", "4th Gen NVLink", "Infinity Fabric links": the GPU link only.
    static const RE2 nvlink("(?i)nvlink\\s*(?:gen\\s*)?(\\d)(?:\\.0)?|(\\d)(?:th|rd|nd|st)[- ]gen(?:eration)?\\s+nvlink");
    std::string a, b2;
    if (RE2::PartialMatch(t, nvlink, &a, &b2)) {
      v.value = "NVLink " + (a.empty() ? b2 : a);
    } else if (l.find("nvlink") != std::string::npos) {
      v.value = "NVLink";
    } else if (l.find("infinity fabric") != std::string::npos) {
      v.value = "Infinity Fabric";
    } else if (l.find("xe link") != std::string::npos) {
      v.value = "Xe Link";
    } else if (l == "none" || l == "no" || l.rfind("no ", 0) == 0) {
      v.value = "none";
    }
  } else if (field == "form_factor") {
    v.value = normalize_form_factor(t);
  }
  return v;
}

}  // namespace extract
