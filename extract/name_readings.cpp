// Plurals and die codes among GPU names; tested through tests/cases/attribution.
#include "extract/name_readings.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace extract {

bool add_unmatched(std::vector<Mention>& mentions, Mention m) {
  if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) { return o.begin < m.end && m.begin < o.end; })) return false;
  mentions.push_back(m);
  return true;
}

void sort_by_position(std::vector<Mention>& mentions) {
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

namespace {

// Adds a mention for [begin, end) unless one overlaps it; returns whether it did.
bool add_unmatched(std::vector<Mention>& mentions, size_t begin, size_t end, int entry) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.entry = entry;
  return add_unmatched(mentions, m);
}

// Adds a mention for each match of `re`'s first group, with the entry `entry_of` gives it
// (-1 for a product the catalog does not hold; skipped when `entry_of` returns -2).
template <class EntryOf>
void add_matches(std::string_view text, const RE2& re, std::vector<Mention>& mentions, EntryOf entry_of) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece name;
  bool added = false;
  while (RE2::FindAndConsume(&input, re, &name)) {
    const size_t begin = static_cast<size_t>(name.data() - text.data());
    const int entry = entry_of(begin, std::string_view(name.data(), name.size()));
    if (entry >= -1) added = add_unmatched(mentions, begin, begin + name.size(), entry) || added;
  }
  if (added) sort_by_position(mentions);
}

}  // namespace

void read_plural_model_numbers(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions) {
  for (auto& m : mentions) {
    if (m.entry < 0 || m.end - m.begin < 3 || text[m.end - 1] != 's' || !std::isdigit(static_cast<unsigned char>(text[m.end - 2]))) {
      continue;
    }
    // Only beside capitals: "l40s" in a lower-case identifier is the L40S itself.
    const std::string_view name = text.substr(m.begin, m.end - m.begin - 1);
    if (std::none_of(name.begin(), name.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); })) continue;
    const int plain = matcher.lookup(name);
    if (plain >= 0) {
      m.entry = plain;
      --m.end;
    }
  }
}

void add_plural_mentions(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions) {
  // "T4s have 2,560 CUDA cores", "our A100s": a model name with a plural s the alias table
  // does not match on its own.
  static const RE2 plural(
      "\\b((?:(?:RTX|GTX|RX|Tesla|Quadro|Instinct|Arc|Radeon)\\s+)?(?:[A-Z]{1,3}\\d{1,4}[A-Z]?|\\d{4}(?: ?Ti)?))s\\b");
  add_matches(text, plural, mentions, [&](size_t begin, std::string_view name) {
    // The plural s itself belongs to no other name either.
    if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.begin <= begin + name.size() && begin < m.end; })) return -2;
    const int entry = matcher.lookup(name);
    return entry >= 0 ? entry : -2;
  });
}

void add_console_mentions(std::string_view text, std::vector<Mention>& mentions) {
  static const RE2 console(
      "\\b((?:Sony\\s+)?PlayStation\\s*[45](?:\\s*Pro)?|PS[45](?:\\s*Pro)?|(?:Xbox\\s+)?Series\\s+[XS]|Xbox\\s+One(?:\\s+X)?|"
      "(?:Nintendo\\s+)?Switch(?:\\s*2)?(?:\\s+OLED)?|Steam\\s+Deck|ROG\\s+Ally|Legion\\s+Go|Microsoft|Sony|Nintendo|"
      // accelerators that are no GPU the catalog holds
      "(?:Intel\\s+)?Gaudi\\s*\\d?|TPU\\s*v?\\d+\\w*|Trainium\\s*\\d?|Inferentia\\s*\\d?|MTIA|Maia\\s*\\d+|Ascend\\s*\\d+\\w*|WSE-\\d|Groq\\s+LPU)\\b");
  add_matches(text, console, mentions, [](size_t, std::string_view) { return -1; });  // -1: not in the catalog
}

void drop_laptop_model_names(std::string_view text, std::vector<Mention>& mentions) {
  // "ASUS TUF A16", "ROG Zephyrus G16": a laptop's model name after its line, not the NVIDIA A16.
  static const RE2 laptop_line("(?i)\\b(?:tuf|rog|zephyrus|strix|flow|legion|omen|victus|predator|helios|nitro|aero|aorus|blade|"
                               "stealth|katana|raider|vector|xps|alienware|galaxy book|thinkpad|yoga|ideapad|loq|vivobook|zenbook|swift|aspire)"
                               "(?:\\s+(?:gaming|pro|plus|slim|air))?\\s+$");
  std::erase_if(mentions, [&](const Mention& m) {
    const std::string_view before = text.substr(m.begin > 32 ? m.begin - 32 : 0, std::min<size_t>(m.begin, 32));
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), laptop_line);
  });
}

void drop_die_codes(std::string_view text, std::vector<Mention>& mentions) {
  static const RE2 die_code("(?i)^(?:g[abhkmpv]|ad|gb|tu)\\d{3}[a-z]?$");
  static const RE2 die_word("(?i)^[\\s-]*(?:die|chip|silicon|gpu die|core|processor)\\b");
  // "Volta (GV100)", "Hopper (GH100 die)": a code in brackets after its architecture's name.
  static const RE2 architecture_bracket("(?i)\\b(?:pascal|volta|turing|ampere|hopper|ada(?: lovelace)?|lovelace|blackwell|kepler|maxwell)\\s*\\(\\s*$");
  std::erase_if(mentions, [&](const Mention& m) {
    const std::string_view name = text.substr(m.begin, m.end - m.begin);
    const std::string_view after = text.substr(m.end);
    const std::string_view before = text.substr(m.begin > 24 ? m.begin - 24 : 0, std::min<size_t>(m.begin, 24));
    return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), die_code) &&
           (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), die_word) ||
            RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), architecture_bracket));
  });
}

}  // namespace extract
