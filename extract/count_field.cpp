// The field of a bare count ("16,384 CUDA cores", "Xe-cores: 128", "76.3 billion transistors"); tested in tests/extract/field_cues_test.cpp.
#include "extract/count_field.h"

#include <re2/re2.h>

#include "core/field.h"
#include "extract/field_cues.h"

namespace extract {
namespace {

bool contains(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

}  // namespace

std::string count_field(const core::Quantity& q, bool has_unit, std::string_view before, std::string_view after) {
  static const RE2 count_after("(?i)^\\s*(?:\\d(?:st|nd|rd|th)[- ]gen(?:eration)?\\.?\\s+)?(?:(cuda|shading|stream|fp32)? ?(cores)|(?:shading|stream|fp32) ?(?:units|processors)|(tensor) cores?|(rt|ray tracing) cores?|(sms|streaming multiprocessors|compute units|cus?|xe[- ]cores)|(pipelines))\\b");
  static const RE2 count_before("(?i)(cuda cores|tensor cores|rt cores|pipelines|shading units|stream processors|sms|compute units)\\s*(?:count)?\\s*(?:of|:|=|is|are)?\\s*$");
  static const RE2 transistor_words("(?i)transistors?");
  if (q.unit == core::Unit::million || q.unit == core::Unit::billion) {
    return contains(after.substr(0, 20), transistor_words) || contains(before.substr(before.size() > 20 ? before.size() - 20 : 0), transistor_words) ? "transistors" : "";
  }
  if (has_unit || q.decimals != 0) return "";
  // "Ryzen 9 7940HS (8 cores) with Radeon 780M graphics": the host CPU's cores.
  static const RE2 host_cpu("(?i)\\b(?:cpus?|processors?|epyc|xeon|ryzen|threadripper|core (?:i[3579]|ultra)|grace|arm|neoverse)\\b");
  if (contains(before.substr(before.size() > 30 ? before.size() - 30 : 0), host_cpu)) return "";
  // "introduced in 2020", "launched in Q1 2025", "Release date: 11 Jan 2022". A year is
  // never followed by the units it counts: "2,048 CUDA cores" is a count.
  const bool names_units = RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), count_after);
  if (q.value >= 1990 && q.value <= 2100 && !q.upper && !names_units) {
    static const RE2 launch_words(
        "(?i)\\b(?:introduced|released|launched|launch(?:ed)?|release date|debuted|arrived|announced|unveiled|"
        "shipping from|available from|came out|began shipping|started shipping|shipped)\\b[^.;]{0,18}$");
    // "export rules introduced in October 2023", "a standard released in 2022": the date of
    // something else.
    static const RE2 other_thing(
        "(?i)\\b(?:rules?|regulations?|restrictions?|controls?|sanctions?|bans?|laws?|polic(?:y|ies)|standards?|specs?|"
        "specifications?|drivers?|updates?|versions?|games?|apis?|features?)\\s+"
        "(?:\\w+\\s+){0,2}?(?:introduced|released|launched|debuted|arrived|announced|unveiled|shipped|came out)\\b[^.;]{0,18}$");
    const std::string_view recent = before.substr(before.size() > 40 ? before.size() - 40 : 0);
    if (contains(recent, launch_words) && !contains(before.substr(before.size() > 70 ? before.size() - 70 : 0), other_thing)) return "launch_year";
    // "the H100 (2022) and H200 (2024)": a year in brackets right after a name.
    static const RE2 bracket_before("[A-Za-z0-9]\\s*\\(\\s*$");
    static const RE2 bracket_after("^\\s*\\)");
    if (contains(before, bracket_before) && contains(after, bracket_after)) return "launch_year";
    return "";
  }
  // "Xe-cores: 128   XMX engines: 1024": in a run of "label: value" pairs the label before a
  // figure is its own, and the words after it are the next figure's label.
  static const RE2 label_before("([A-Za-z][A-Za-z0-9()/ -]{0,40}?)\\s*[:=]\\s*$");
  static const RE2 next_label("^\\s+[A-Za-z][^:,.;]{0,40}:");
  std::string label;
  if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), label_before, &label)) {
    if (auto f = field_from_header(label); f && !f->empty()) {
      const auto* info = core::find_field(*f);
      if (info && info->type == core::FieldType::number && info->dimension == core::Dimension::count) return *f;
    }
  }
  if (contains(after, next_label)) return "";
  // "24 Zen 4 cores": a number that ends a name ("Zen 4", "Gen 5", "DDR5") counts nothing.
  static const RE2 ends_name("(?i)\\b(?:zen|gen|generation|rdna|cdna|xe|pcie|ddr|gddr|hbm|usb|hdmi|displayport|dp|nvlink|version|v)\\s*$");
  if (contains(before, ends_name)) return "";
  re2::StringPiece a(after.data(), after.size());
  std::string g1, g2, g3, g4, g5, g6;
  if (RE2::PartialMatch(a, count_after, &g1, &g2, &g3, &g4, &g5, &g6)) {
    if (!g3.empty()) return "tensor_cores";
    if (!g4.empty()) return "rt_cores";
    if (!g5.empty()) return "sm_count";
    return "cuda_cores";
  }
  std::string cue;
  if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), count_before, &cue)) {
    auto f = field_from_header(cue);
    return f ? *f : "";
  }
  // "64 ROPs", "96 ray accelerators", "24 Xe2 cores", "3 NVENC engines": the noun right
  // after a count, read as a spec-table header would be, when it names a count field.
  static const RE2 noun_after("^\\s+((?:[A-Za-z][A-Za-z0-9-]*\\s?){1,3})");
  std::string noun;
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), noun_after, &noun)) {
    for (std::string words = noun; !words.empty();) {
      if (auto f = field_from_header(words); f && !f->empty()) {
        const auto* info = core::find_field(*f);
        if (info && info->type == core::FieldType::number && info->dimension == core::Dimension::count &&
            *f != "transistors" && *f != "launch_year") {
          return *f;
        }
      }
      const size_t space = words.find_last_of(' ', words.size() > 1 ? words.size() - 2 : 0);
      if (space == std::string::npos) break;
      words.resize(space);
    }
  }
  return "";
}

}  // namespace extract
