// Blanking Hashnode-style image attributes; tested in tests/scrapers/markdown_reader_test.cpp.
#include "scrapers/read/markdown_image_attributes.h"

#include <cctype>

namespace scrapers::read {

void blank_image_attributes(std::string& text) {
  size_t at = 0;
  while ((at = text.find("![", at)) != std::string::npos) {
    size_t close = text.find("](", at + 2);
    size_t eol = text.find('\n', at);
    if (close == std::string::npos || close > eol) {
      at += 2;
      continue;
    }
    size_t i = close + 2;
    while (i < text.size() && text[i] != ' ' && text[i] != ')' && text[i] != '\n') ++i;  // the URL
    // Each attribute: spaces, a name, '=', a double-quoted value.
    while (i < text.size() && text[i] == ' ') {
      size_t j = i;
      while (j < text.size() && text[j] == ' ') ++j;
      size_t name = j;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-')) ++j;
      if (j == name || j + 1 >= text.size() || text[j] != '=' || text[j + 1] != '"') break;
      size_t end = text.find('"', j + 2);
      if (end == std::string::npos || end > eol) break;
      for (size_t k = name; k <= end; ++k) text[k] = ' ';
      i = end + 1;
    }
    at = i;
  }
}

}  // namespace scrapers::read
