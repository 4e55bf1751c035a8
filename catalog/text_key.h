// Case- and spacing-insensitive key for matching GPU names and aliases; tested in tests/catalog/catalog_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace catalog {

// "GeForce  RTX 4090" and "geforce rtx 4090" share a key: ASCII letters lowercased, runs
// of whitespace folded to one space, ends trimmed. Writers vary case and spacing, not spelling.
inline std::string text_key(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace catalog
