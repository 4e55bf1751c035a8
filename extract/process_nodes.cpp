// Foundry node names as process figures; tested in tests/extract/quantity_parser_test.cpp.
#include "extract/process_nodes.h"

#include <re2/re2.h>

#include <string>

namespace extract {

std::vector<FoundQuantity> find_process_nodes(std::string_view text) {
  // The node token: 4N/4NP and 8N (a digit then N), N3E/N4P/N5/N6/N7 (N then a digit),
  // 12FFN/16FF+/16FFC (FinFET names), 14LPP/8LPP (Samsung's low-power plus).
  static const RE2 node(
      "(?i)\\b(?:(tsmc|samsung|globalfoundries|gf)(?:'s|\\x{2019}s)?\\s+)?"
      "(?:(\\d)NP?|N(\\d)[PEX]?|(\\d{1,2})FF[NC]?|(\\d{1,2})LP[PE])\\b(\\+)?"
      "(\\s+(?:process|node|manufacturing|fabrication|technology|lithography))?");
  std::vector<FoundQuantity> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[8];
  size_t pos = 0;
  while (pos < text.size() && node.Match(input, pos, text.size(), RE2::UNANCHORED, g, 8)) {
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    pos = begin + std::max<size_t>(g[0].size(), 1);
    if (g[1].empty() && g[7].empty()) continue;  // "N5" alone may be anything; a foundry or "process" says it is a node
    const re2::StringPiece* digits = nullptr;
    for (int i = 2; i <= 5; ++i) {
      if (!g[i].empty()) digits = &g[i];
    }
    if (!digits) continue;
    FoundQuantity f;
    f.begin = begin;
    f.end = g[7].empty() ? begin + g[0].size() : static_cast<size_t>(g[7].data() - text.data());
    f.number_begin = static_cast<size_t>(digits->data() - text.data());
    f.number_end = f.number_begin + digits->size();
    f.quantity.value = std::stod(std::string(digits->data(), digits->size()));
    f.quantity.unit = core::Unit::nm;
    f.has_unit = true;
    out.push_back(f);
  }
  return out;
}

}  // namespace extract
