// Lists of model numbers sharing a brand and a suffix; tested through tests/cases/attribution/shared-suffix-lists.md.
#include "extract/shared_suffix_lists.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

namespace extract {

void resolve_shared_suffix_lists(std::string_view text, const EntityMatcher& matcher, std::vector<Mention>& mentions) {
  // A brand, a first number, more numbers joined by commas or "and", then the shared suffix.
  static const RE2 list(
      "(?i)\\b((?:geforce\\s+)?rtx)\\s+(\\d{4}(?:\\s?ti)?((?:\\s*,\\s*(?:and\\s+)?(?:rtx\\s+)?\\d{4}(?:\\s?ti)?|\\s+and\\s+(?:rtx\\s+)?\\d{4}(?:\\s?ti)?)+))"
      "\\s+(laptop(?:\\s+gpus?)?|mobile)\\b");
  static const RE2 item("(\\d{4}(?:\\s?[Tt][Ii])?)");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece brand, numbers, rest, suffix;
  while (RE2::FindAndConsume(&input, list, &brand, &numbers, &rest, &suffix)) {
    std::vector<Mention> items;
    re2::StringPiece scan = numbers;
    re2::StringPiece number;
    bool known = true;
    while (RE2::FindAndConsume(&scan, item, &number)) {
      Mention m;
      m.begin = static_cast<size_t>(number.data() - text.data());
      m.end = m.begin + number.size();
      m.entry = matcher.lookup("RTX " + std::string(number) + " Laptop GPU");
      known = known && m.entry >= 0;
      items.push_back(m);
    }
    if (!known || items.size() < 2) continue;
    // The first item's name starts at the brand ("RTX 5090"); the rest are bare numbers.
    items.front().begin = static_cast<size_t>(brand.data() - text.data());
    for (const auto& it : items) {
      std::erase_if(mentions, [&](const Mention& m) { return m.begin < it.end && it.begin < m.end; });
    }
    mentions.insert(mentions.end(), items.begin(), items.end());
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace extract
