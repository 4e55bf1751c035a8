// Parenthesised "A vs B" value pairs; tested in tests/extract/claim_builder_test.cpp.
#include "extract/pairs.h"

#include <re2/re2.h>

namespace extract {

std::vector<ValuePair> find_pairs(std::string_view text, Range sentence, NumberStyle style) {
  static const RE2 re("\\(([^()]*?)\\s+(?:vs\\.?|versus)\\s+([^()]*?)\\)");
  std::vector<ValuePair> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[3];
  size_t pos = sentence.begin;
  while (pos < sentence.end && re.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 3)) {
    ValuePair p;
    p.whole.begin = static_cast<size_t>(g[0].data() - text.data());
    p.whole.end = p.whole.begin + g[0].size();
    pos = p.whole.end;
    const size_t left_off = static_cast<size_t>(g[1].data() - text.data());
    const size_t right_off = static_cast<size_t>(g[2].data() - text.data());
    auto left = find_quantities(std::string_view(g[1].data(), g[1].size()), style);
    auto right = find_quantities(std::string_view(g[2].data(), g[2].size()), style);
    for (auto& q : left) { q.begin += left_off; q.end += left_off; q.number_begin += left_off; q.number_end += left_off; }
    for (auto& q : right) { q.begin += right_off; q.end += right_off; q.number_begin += right_off; q.number_end += right_off; }
    // A side may state several dimensions ("1563 MHz, 12.5 Gbps"); pair them by unit.
    std::vector<bool> used(right.size(), false);
    for (const auto& l : left) {
      for (size_t r = 0; r < right.size(); ++r) {
        if (used[r] || right[r].quantity.dimension() != l.quantity.dimension()) continue;
        if (l.has_unit != right[r].has_unit && l.quantity.dimension() != core::Dimension::count) continue;
        used[r] = true;
        p.values.emplace_back(l, right[r]);
        break;
      }
    }
    if (!p.values.empty()) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace extract
