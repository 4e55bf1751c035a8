// Quantity recognition with one compiled RE2 pattern; tested in tests/extract/quantity_parser_test.cpp.
#include "extract/quantity_parser.h"

#include "core/text_case.h"
#include "extract/page_glue.h"
#include "extract/process_nodes.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace extract {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The number alternatives: thousands groups first ("1,440"; on a thousands-point page
// "16.384"), then a decimal comma ("3,9 TB/s", "26,7 TFLOPS"), then a plain number.
std::string pattern_text(bool thousands_point) {
  const std::string number = thousands_point ? "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+)"
                                             : "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+,\\d{1,2}\\b|\\d+(?:\\.\\d+)?)";
  const std::string upper = thousands_point ? "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+)"
                                            : "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  // Groups: 1 qualifier, 2 number, 3 upper number of a range, 4 unit.
  return std::string(
      "(?i)(~\\s*|≈\\s*|about\\s+|approximately\\s+|approx\\.?\\s+|roughly\\s+|around\\s+|nearly\\s+|almost\\s+|up to\\s*|over\\s+|"
      "more than\\s+|less than\\s+|under\\s+|at least\\s+|at most\\s+)?"
      ) + number + "(?:\\s*(?:-|–|—|to)\\s*~?" + upper + ")?" + std::string(
      "(?:[ \\t\\x{00a0}]*(TB\\s*/\\s*s(?:ec)?|GB\\s*/\\s*s(?:ec)?|tera ?flops?(?:\\s*/\\s*s)?|peta ?flops?(?:\\s*/\\s*s)?|"
      "GiBytes?|GBytes?|mm²|mm2|bn|TF(?:[^A-Za-z0-9/]|$)|B(?:[^A-Za-z0-9/]|$)|TB/s|GB/sec|GB/s|MB/s|Gbps|Gb/s|Gbit/s|GT/s|MT/s|TFLOPS|TFLOPs|TFLOP/s|"
      "GFLOPS|GFLOPs|PFLOPS|TOPS|POPS|GiB|MiB|TiB|KiB|GB|MB|TB|KB|Watts|Watt|kW|W|GHz|MHz|nm|mm|"
      "inches|inch|-bit|bit|GPixel/s|GTexel/s|×|x|%|million|billion|hours|hour|months|month|days|years))?");
}

const RE2& pattern(NumberStyle style) {
  static const RE2 plain(pattern_text(false));
  static const RE2 thousands_point(pattern_text(true));
  return style.thousands_point ? thousands_point : plain;
}

core::Qualifier qualifier_of(std::string_view q) {
  std::string s = core::ascii_lower(q);
  // "about\n3.2 TB/s": a soft line break may stand between the word and the figure.
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  if (s.empty()) return core::Qualifier::exact;
  if (s == "up to" || s == "at most") return s == "up to" ? core::Qualifier::up_to : core::Qualifier::at_most;
  if (s == "over" || s == "more than" || s == "at least") return core::Qualifier::at_least;
  if (s == "less than" || s == "under") return core::Qualifier::at_most;
  return core::Qualifier::approximate;
}

}  // namespace

NumberStyle detect_number_style(const std::vector<std::string_view>& texts) {
  // The page's decimals vote: "56,28 TFLOPS" for a decimal comma, "1.5 GHz" for a point. A
  // point number without a unit is no vote: "PCIe 5.0", "Llama 3.1" and "RDNA 3.5" are names
  // on a German page as on an English one.
  static const std::string units = "\\s?(?:TB/s|GB/s|MB/s|Gbps|Gbit/s|GT/s|TFLOPS|TFLOPs|TOPS|PFLOPS|kW|W|GHz|MHz|TB|GB|MB|nm|mm|%|x)\\b";
  static const RE2 comma_decimal("\\b(\\d+,\\d{1,2})" + units);
  static const RE2 point_decimal("\\b(\\d+\\.\\d{1,2})" + units);
  static const RE2 long_point_decimal("\\b(\\d+\\.\\d{4,})\\b");
  auto count = [](std::string_view text, const RE2& re) {
    re2::StringPiece in(text.data(), text.size());
    int n = 0;
    while (RE2::FindAndConsume(&in, re)) ++n;
    return n;
  };
  int comma = 0, point = 0;
  for (auto text : texts) {
    comma += count(text, comma_decimal);
    point += count(text, point_decimal) + count(text, long_point_decimal);
  }
  NumberStyle style;
  style.thousands_point = comma > point;
  return style;
}

bool parse_number(std::string_view text, double& value, int& decimals, NumberStyle style) {
  std::string digits;
  decimals = 0;
  bool after_point = false;
  // One comma with one or two digits after it is a decimal comma; "1,440" groups thousands.
  const size_t comma = text.find(',');
  const bool decimal_comma = comma != std::string_view::npos && text.find(',', comma + 1) == std::string_view::npos &&
                             text.find('.') == std::string_view::npos && text.size() - comma - 1 >= 1 &&
                             text.size() - comma - 1 <= 2;
  for (char c : text) {
    if (style.thousands_point && c == '.') continue;
    if (c == ',' && (decimal_comma || style.thousands_point)) c = '.';
    if (c == ',') continue;
    if (c == '.') {
      after_point = true;
    } else if (after_point) {
      ++decimals;
    }
    digits.push_back(c);
  }
  if (digits.empty()) return false;
  try {
    value = std::stod(digits);
  } catch (...) {
    return false;
  }
  return true;
}

std::vector<FoundQuantity> find_quantities(std::string_view text, NumberStyle style) {
  std::vector<FoundQuantity> out;
  const RE2& re = pattern(style);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[5];
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 5)) {
    const size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    size_t end = begin + groups[0].size();
    const size_t number_begin = static_cast<size_t>(groups[2].data() - text.data());
    pos = std::max(end, begin + 1);
    // A number glued to letters or money on its left is a name ("A5000") or a price.
    if (number_begin > 0) {
      char prev = text[number_begin - 1];
      // ...except a little word the page lost its space after: "up to4.8 TB/s".
      static const RE2 glued_word("(?:^|[^A-Za-z0-9])(?:to|of|at|by)$");
      const size_t look = number_begin > 4 ? number_begin - 4 : 0;
      const bool lost_space = std::isalpha(static_cast<unsigned char>(prev)) &&
                              RE2::PartialMatch(re2::StringPiece(text.data() + look, number_begin - look), glued_word);
      if (groups[1].empty() && !lost_space &&
          (std::isalpha(static_cast<unsigned char>(prev)) || prev == '$' || prev == '_' || prev == '.' || prev == '#')) {
        continue;
      }
    }
    std::string_view unit_text(groups[4].data() ? groups[4].data() : "", groups[4].size());
    // "12x 16Gb chips": a capital G and a small b is gigabits, a memory chip's density, which
    // no byte field holds. Only beside a chip count or chip word: "12288Mb" and "24Gb" alone are
    // a spec sheet's sloppy megabytes and gigabytes.
    if (unit_text == "Gb") {
      static const RE2 chip_count("\\d\\s*[x×]\\s*$");
      static const RE2 chip_word("(?i)^\\s*(?:gddr\\w*\\s+)?(?:chips?|modules?|ics?|dies?|devices?|density)\\b");
      const std::string_view before = text.substr(number_begin > 8 ? number_begin - 8 : 0, std::min<size_t>(number_begin, 8));
      const std::string_view rest = text.substr(std::min(text.size(), static_cast<size_t>(groups[4].data() - text.data()) + groups[4].size()));
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), chip_count) ||
          RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), chip_word)) {
        continue;
      }
    }
    // A unit glued to a following word is not a unit ("x16", "GBintel" is, by vendor glue).
    if (!unit_text.empty() && end < text.size() && is_alnum(text[end]) &&
        !(std::isalpha(static_cast<unsigned char>(unit_text.back())) && starts_with_glued_vendor(text.substr(end)))) {
      if (unit_text == "x" || unit_text == "W" || unit_text == "mm" || unit_text == "nm" || unit_text.size() <= 3) {
        // Re-read as a bare number ending where the number ended.
        unit_text = {};
        end = static_cast<size_t>(groups[3].data() ? groups[3].data() - text.data() + groups[3].size()
                                                   : number_begin + groups[2].size());
      } else {
        continue;
      }
    }
    // A bare number glued to letters on its right is a name or a model size ("70B", "16K").
    if (unit_text.empty()) {
      size_t num_end = groups[3].data() ? static_cast<size_t>(groups[3].data() - text.data()) + groups[3].size()
                                        : number_begin + groups[2].size();
      end = num_end;
      if (num_end < text.size() && std::isalpha(static_cast<unsigned char>(text[num_end]))) continue;
    }
    FoundQuantity f;
    f.begin = begin;
    f.end = end;
    f.number_begin = number_begin;
    f.number_end = groups[3].data() ? static_cast<size_t>(groups[3].data() - text.data()) + groups[3].size()
                                    : number_begin + groups[2].size();
    int decimals = 0;
    if (!parse_number(std::string_view(groups[2].data(), groups[2].size()), f.quantity.value, decimals, style)) continue;
    f.quantity.decimals = decimals;
    if (groups[3].data()) {
      double upper = 0;
      int upper_decimals = 0;
      if (parse_number(std::string_view(groups[3].data(), groups[3].size()), upper, upper_decimals, style)) {
        f.quantity.upper = upper;
        f.quantity.decimals = std::max(decimals, upper_decimals);
        f.quantity.qualifier = core::Qualifier::range;
      }
    }
    if (!groups[1].empty()) {
      f.quantity.qualifier = qualifier_of(std::string_view(groups[1].data(), groups[1].size()));
    }
    if (!unit_text.empty()) {
      std::string u;
      for (char ch : unit_text) {
        if (ch != ' ' && ch != '\t') u.push_back(ch);
      }
      const std::string lu = core::ascii_lower(u);
      if (lu.rfind("teraflop", 0) == 0 || lu.rfind("tera flop", 0) == 0) u = "TFLOPS";
      if (lu.rfind("petaflop", 0) == 0) u = "PFLOPS";
      if (lu.rfind("gibyte", 0) == 0) u = "GiB";
      if (lu.rfind("gbyte", 0) == 0) u = "GB";
      if (u == "bn") u = "billion";
      const bool glued = groups[4].data() == text.data() + f.number_end;
      if (!u.empty() && u[0] == 'B' && u.size() <= 2 && glued) continue;  // "70B" is a model size
      if (u.size() >= 2 && u[0] == 'T' && u[1] == 'F' && u.size() <= 3) {  // "47.9 TF": AMD's spec-table TFLOPS
        end = static_cast<size_t>(groups[4].data() - text.data()) + 2;
        f.end = end;
        u = "TFLOPS";
      }
      if (!u.empty() && u[0] == 'B' && u.size() <= 2) {  // "80 B," : the B, not what ended it
        end = static_cast<size_t>(groups[4].data() - text.data()) + 1;
        f.end = end;
        u = "billion";
      }
      if (u == "mm²") u = "mm2";
      if (u == "-bit") u = "bit";
      if (u == "GB/sec") u = "GB/s";
      if (u == "Gb/s" || u == "Gbit/s") u = "Gbps";
      if (u == "TFLOPs" || u == "TFLOP/s") u = "TFLOPS";
      if (u == "GFLOPs") u = "GFLOPS";
      auto unit = core::unit_from_symbol(u);
      if (unit) {
        f.quantity.unit = *unit;
        f.has_unit = true;
      }
    }
    out.push_back(f);
  }
  // "TSMC's 4N", "Samsung 8N": a node name is a process figure with no number-and-unit shape.
  for (const auto& n : find_process_nodes(text)) {
    bool overlaps = false;
    for (const auto& f : out) overlaps = overlaps || (f.begin < n.end && n.begin < f.end);
    if (!overlaps) out.push_back(n);
  }
  std::sort(out.begin(), out.end(), [](const FoundQuantity& a, const FoundQuantity& b) { return a.begin < b.begin; });
  // "runs at 15 W to 60 W", "35 W - 115 W": two figures of one unit joined by "to" or a dash
  // are one range, unless a change verb makes them a before and an after ("grew from 6 MB to 72 MB").
  static const RE2 joiner("^\\s*(?:to|-|–|—)\\s*$");
  static const RE2 change("(?i)\\b(?:grew|grows|grow|rose|rises|rise|up|down|increased|increases|decreased|raised|raises|"
                          "lifting|lifts|raising|boosting|jumps?|jumped|climbs?|climbed|goes|went|going|moves?|moved|moving|"
                          "changes?|changed|shrinks?|shrank|drops?|dropped|falls?|fell)\\s+(?:[\\w-]+\\s+){0,4}?from\\s*$");
  std::vector<FoundQuantity> merged;
  for (size_t i = 0; i < out.size(); ++i) {
    if (i + 1 < out.size() && out[i].has_unit && out[i + 1].has_unit && out[i].quantity.unit == out[i + 1].quantity.unit &&
        !out[i].quantity.upper && !out[i + 1].quantity.upper && out[i + 1].begin >= out[i].end) {
      std::string_view between = text.substr(out[i].end, out[i + 1].begin - out[i].end);
      const size_t look = out[i].begin > 60 ? out[i].begin - 60 : 0;
      std::string_view lead_in = text.substr(look, out[i].begin - look);
      if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), joiner) &&
          !RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), change)) {
        FoundQuantity r = out[i];
        r.end = out[i + 1].end;
        r.number_end = out[i + 1].number_end;
        r.quantity.upper = out[i + 1].quantity.value;
        r.quantity.decimals = std::max(out[i].quantity.decimals, out[i + 1].quantity.decimals);
        r.quantity.qualifier = core::Qualifier::range;
        merged.push_back(r);
        ++i;
        continue;
      }
    }
    merged.push_back(out[i]);
  }
  return merged;
}

}  // namespace extract
