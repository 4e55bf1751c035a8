// Widening GFM table delimiter rows md4c does not accept; tested in tests/scrapers/markdown_reader_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace scrapers::read {

// GitHub renders "| | T4 | L4 |\n|--|--|--|" as a table, but md4c 0.4.8 wants three dashes
// in each delimiter cell and reads the whole table as a paragraph of pipes, whose figures then
// all go to one GPU. The rows are widened in the parser's copy; `original` maps an offset in
// that copy back to the file, so spans stay source spans.
class WidenedRows {
 public:
  // Widens every short delimiter row of `text` that follows a line with a pipe, from `start`.
  static WidenedRows widen(std::string& text, size_t start);
  size_t original(size_t offset) const;

 private:
  // (offset in the widened copy where an insertion ended, bytes inserted up to there), ascending.
  std::vector<std::pair<size_t, size_t>> inserted_;
};

}  // namespace scrapers::read
