// Sentence splitting; tested in tests/extract/sentences_test.cpp.
#include "extract/sentences.h"

#include <cctype>
#include <string>

namespace extract {

std::vector<Range> split_sentences(std::string_view text) {
  std::vector<Range> out;
  size_t start = 0;
  auto push = [&](size_t end) {
    while (start < end && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
    if (end > start) out.push_back({start, end});
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // A line break inside a block is a soft wrap (Markdown paragraphs, list items); the
    // text reader makes each line its own block, so no sentence spans two lines there.
    if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
      // "vs. L4", "approx. 300", "e.g. " do not end a sentence.
      size_t w = i;
      while (w > start && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
      std::string word(text.substr(w, i - w));
      if (word == "vs" || word == "approx" || word == "e" || word == "g" || word == "i" || word == "etc" ||
          word == "Inc" || word == "No") {
        continue;
      }
      push(i + 1);
    }
  }
  push(text.size());
  return out;
}

std::vector<Range> split_clauses(std::string_view text, Range sentence) {
  std::vector<Range> out;
  size_t start = sentence.begin;
  for (size_t i = sentence.begin; i < sentence.end; ++i) {
    size_t cut = 0;
    if (text[i] == ';') cut = 1;
    if (text.compare(i, 5, " \xE2\x80\x94 ") == 0 || text.compare(i, 5, " \xE2\x80\x93 ") == 0) cut = 5;
    if (text.compare(i, 3, " - ") == 0) cut = 3;
    if (text.compare(i, 5, " \xE2\x86\x92 ") == 0) cut = 5;  // " → "
    if (cut) {
      if (i > start) out.push_back({start, i});
      start = i + cut;
      i += cut - 1;
    }
  }
  if (sentence.end > start) out.push_back({start, sentence.end});
  return out;
}

}  // namespace extract
