// Bare model numbers of GPUs a page names in full; tested in tests/extract/bare_model_numbers_test.cpp.
#include "extract/bare_model_numbers.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/text_case.h"
#include "extract/name_readings.h"

namespace extract {
namespace {

// "4090", "5070 ti", "7900 xtx": the number and the suffix that tell models apart.
std::string model_key(std::string_view number, std::string_view suffix) {
  std::string key(number);
  if (!suffix.empty()) key += " " + core::ascii_lower(std::string(suffix));
  return key;
}

std::string identity(const EntityMatcher& matcher, int entry) {
  const auto& e = matcher.entry(entry);
  if (!e.family.empty()) return e.family;
  std::string out;
  for (const auto& id : e.gpu_ids) out += id + ",";
  return out;
}

}  // namespace

void add_bare_model_numbers(const core::Document& doc, const EntityMatcher& matcher, std::vector<std::vector<Mention>>& mentions) {
  // The model number that ends a full name ("GeForce RTX 4090", "RX 7900 XTX", "RTX 4090 Laptop GPU").
  static const RE2 named_number("(?i)\\b(\\d{4})(?:\\s?(Ti Super|Ti|Super|XTX|XT|GRE))?\\b");
  constexpr int kShared = -2;
  std::map<std::string, std::pair<int, std::string>> named;  // key -> (entry, identity)
  for (size_t bi = 0; bi < mentions.size(); ++bi) {
    for (const auto& m : mentions[bi]) {
      if (m.entry < 0) continue;
      const std::string_view name = std::string_view(doc.blocks[bi].text).substr(m.begin, m.end - m.begin);
      re2::StringPiece in(name.data(), name.size()), number, suffix;
      if (!RE2::PartialMatch(in, named_number, &number, &suffix)) continue;
      // "RTX 4080 Laptop GPU" keys as "4080 laptop": a bare "4080" is the desktop card.
      static const RE2 laptop_name("(?i)\\b(?:laptop|mobile|max-q)\\b");
      const std::string key = model_key(std::string_view(number.data(), number.size()), std::string_view(suffix.data(), suffix.size())) +
                              (RE2::PartialMatch(in, laptop_name) ? " laptop" : "");
      const std::string who = identity(matcher, m.entry);
      auto [it, fresh] = named.emplace(key, std::make_pair(m.entry, who));
      if (!fresh && it->second.second != who) it->second.first = kShared;
    }
  }
  // A bare number after a word that introduces a card, or opening a sentence, list item or cell.
  static const RE2 bare("(\\d{4})(?:\\s?(Ti Super|Ti SUPER|Ti|SUPER|Super|XTX|XT|GRE))?s?\\b");
  static const RE2 introduced("(?i)(?:^|[\\s(\\[\"'/]|\\b(?:the|a|an|my|your|our|their|his|her|its|vs\\.?|versus|than|and|or|to|from|with|on|of|over|like)\\s+)$");
  static const RE2 other_use("(?i)^(?:-|\\s)(?:class|level|tier|grade|like|equivalent)\\b|^\\s*(?:mhz|ghz|hz|w\\b|watts?|gb|mb|tb|gib|mib|mm|nm|x\\b|%|p\\b|fps|rpm|mt/s|gt/s|cores?|shaders|cuda|bits?|-bit|k\\b|hours?|usd|dollars|points|score|euros?|\\$)");
  static const RE2 number_before("[\\d$€£#.,]$|(?i)\\b(?:rtx|gtx|rx|ryzen|core|xeon|epyc|model|no\\.|number|part|sku|port|version|v)\\s*$");
  for (size_t bi = 0; bi < doc.blocks.size(); ++bi) {
    const auto& b = doc.blocks[bi];
    if (b.kind == core::BlockKind::code) continue;
    const std::string& text = b.text;
    re2::StringPiece input(text.data(), text.size()), number, suffix;
    bool added = false;
    while (RE2::FindAndConsume(&input, bare, &number, &suffix)) {
      const size_t begin = static_cast<size_t>(number.data() - text.data());
      const size_t end = suffix.empty() ? begin + number.size() : static_cast<size_t>(suffix.data() - text.data()) + suffix.size();
      if (begin > 0 && std::isalnum(static_cast<unsigned char>(text[begin - 1]))) continue;
      auto& found = mentions[bi];
      if (std::any_of(found.begin(), found.end(), [&](const Mention& m) { return m.begin < end && begin < m.end; })) continue;  // part of a name
      const std::string_view lead = std::string_view(text).substr(begin > 16 ? begin - 16 : 0, std::min<size_t>(begin, 16));
      const std::string_view after = std::string_view(text).substr(end);
      if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), introduced) ||
          RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), number_before) ||
          RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), other_use)) {
        continue;
      }
      static const RE2 laptop_after("(?i)^(\\s+(?:laptop|mobile)(?:\\s+gpu)?)\\b");
      re2::StringPiece laptop;
      const bool is_laptop = RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), laptop_after, &laptop);
      const auto it = named.find(model_key(std::string_view(number.data(), number.size()), std::string_view(suffix.data(), suffix.size())) +
                                 (is_laptop ? " laptop" : ""));
      int entry = -1;
      size_t mention_end = end;
      if (it != named.end()) {
        if (it->second.first < 0) continue;  // two GPUs the page names share the number
        entry = it->second.first;
        if (is_laptop) mention_end = end + laptop.size();
      } else {
        // A number the page never names in full ("a used 3090 has 24 GB"): the one GeForce or
        // Radeon card with that number, and the laptop part when the word after says so.
        std::string name = std::string(number.data(), number.size());
        if (!suffix.empty()) name += " " + std::string(suffix.data(), suffix.size());
        std::string who;
        for (const char* prefix : {"RTX ", "GTX ", "RX "}) {
          const int e = matcher.lookup(std::string(prefix) + name + (is_laptop ? " Laptop GPU" : ""));
          if (e < 0) continue;
          const std::string id = identity(matcher, e);
          if (!who.empty() && who != id) {
            entry = -1;
            break;
          }
          who = id;
          entry = e;
        }
        if (entry < 0) continue;
        if (is_laptop) mention_end = end + laptop.size();
      }
      Mention m;
      m.begin = begin;
      m.end = mention_end;
      m.entry = entry;
      m.bare_number = true;
      added = add_unmatched(found, m) || added;
    }
    if (added) sort_by_position(mentions[bi]);
  }
}

}  // namespace extract
