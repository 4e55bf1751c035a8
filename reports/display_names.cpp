// Display names for reports; tested in tests/reports/display_names_test.cpp.
#include "reports/display_names.h"

#include <cctype>

#include "core/field.h"

namespace reports {

std::string field_label(std::string_view field) {
  if (const auto* info = core::find_field(field)) return std::string(info->label);
  std::string out(field);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

std::string field_title(std::string_view field) {
  std::string out = field_label(field);
  // Labels that start with an acronym ("TDP", "CUDA cores") already read as titles.
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string gpu_name(const core::FileReport& file, const std::string& id) {
  const auto it = file.gpu_names.find(id);
  return it != file.gpu_names.end() && !it->second.empty() ? it->second : id;
}

std::string source_kind_label(std::string_view kind) {
  if (kind == "vendor") return "vendor datasheet";
  if (kind == "measured") return "device measurement";
  if (kind == "derived") return "derived by formula";
  if (kind == "third_party") return "third-party database";
  if (kind == "document") return "this article";
  if (kind.empty()) return "source";
  return field_label(kind);
}

namespace {
// A word like "shared/reference/x.json": a slash, no spaces, no scheme.
bool is_repository_path(std::string_view part) {
  while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
  while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
  return part.find('/') != std::string_view::npos && part.find(' ') == std::string_view::npos &&
         part.find("://") == std::string_view::npos;
}
}  // namespace

std::string source_title(std::string_view title) {
  std::string out;
  size_t at = 0;
  while (at < title.size()) {
    const size_t open = title.find(" (", at);
    const size_t close = open == std::string_view::npos ? open : title.find(')', open);
    if (close == std::string_view::npos) {
      out += title.substr(at);
      break;
    }
    out += title.substr(at, open - at);
    std::string kept;
    const std::string_view inside = title.substr(open + 2, close - open - 2);
    size_t from = 0;
    while (from <= inside.size()) {
      const size_t comma = std::min(inside.find(',', from), inside.size());
      const std::string_view part = inside.substr(from, comma - from);
      if (!is_repository_path(part)) {
        std::string_view trimmed = part;
        while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
        if (!trimmed.empty()) kept += (kept.empty() ? "" : ", ") + std::string(trimmed);
      }
      from = comma + 1;
    }
    if (!kept.empty()) out += " (" + kept + ")";
    at = close + 1;
  }
  return out;
}

const char* verdict_title(core::Verdict verdict) {
  switch (verdict) {
    case core::Verdict::refuted: return "Refuted";
    case core::Verdict::inconsistent: return "Inconsistent";
    case core::Verdict::supported: return "Supported";
    case core::Verdict::unverifiable: return "Unverifiable";
    case core::Verdict::explained: return "Explained";
  }
  return "Unverifiable";
}

const char* verdict_icon(core::Verdict verdict) {
  switch (verdict) {
    case core::Verdict::refuted: return "\xE2\x9C\x97";       // ✗
    case core::Verdict::inconsistent: return "\xE2\x89\xA0";  // ≠
    case core::Verdict::supported: return "\xE2\x9C\x93";     // ✓
    case core::Verdict::unverifiable: return "?";
    case core::Verdict::explained: return "\xE2\x89\x88";     // ≈
  }
  return "?";
}

const char* verdict_meaning(core::Verdict verdict) {
  switch (verdict) {
    case core::Verdict::refuted: return "contradicts the reference value";
    case core::Verdict::inconsistent: return "the article contradicts itself";
    case core::Verdict::supported: return "checked and confirmed";
    case core::Verdict::unverifiable: return "could not be checked";
    case core::Verdict::explained: return "off the reference, but an innocent reading fits";
  }
  return "could not be checked";
}

}  // namespace reports
