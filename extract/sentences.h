// Sentence and clause boundaries in block text; tested in tests/extract/sentences_test.cpp.
#pragma once
#include <string_view>
#include <vector>

namespace extract {

struct Range {
  size_t begin = 0;
  size_t end = 0;
  bool contains(size_t pos) const { return pos >= begin && pos < end; }
};

// Sentences end at ". ", "! ", "? " (not after a decimal digit or a short abbreviation
// like "vs."); a line break alone is a soft wrap, not an end.
std::vector<Range> split_sentences(std::string_view text);

// Clauses inside a sentence: split at ";", " — ", " – ", " - " and ", " before a new subject.
std::vector<Range> split_clauses(std::string_view text, Range sentence);

}  // namespace extract
