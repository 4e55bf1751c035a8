// Sentence and clause boundaries in block text; tested in tests/extract/sentences_test.cpp.
#pragma once
#include <algorithm>
#include <span>
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

// The items of a vector sorted by `begin` whose begin lies in [range.begin, range.end):
// mentions, quantities and enumerated values of one sentence without rescanning the block.
template <typename T>
std::span<const T> in_range(const std::vector<T>& sorted, const Range& range) {
  auto first = std::lower_bound(sorted.begin(), sorted.end(), range.begin,
                                [](const T& item, size_t pos) { return item.begin < pos; });
  auto last = std::lower_bound(first, sorted.end(), range.end, [](const T& item, size_t pos) { return item.begin < pos; });
  return {first, last};
}

// Clauses inside a sentence: split at ";", " — ", " – ", " - " and ", " before a new subject.
std::vector<Range> split_clauses(std::string_view text, Range sentence);

}  // namespace extract
