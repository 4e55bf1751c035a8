// Tables laid out with spaces (plain text, PDF text in physical layout); tested in tests/scrapers/text_reader_test.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace scrapers::read {

struct AlignedCell {
  size_t begin = 0, end = 0;          // source byte offsets of the cell's text
  size_t first_column = 0, last_column = 0;  // display columns (code points from the line start)
  bool figure = false;                       // starts like a number ("431 W", "~54", "$1,599")
};

// The cells of the line [line_start, end) whose text starts at `begin`, split at runs of two
// or more spaces or at a tab; fewer than two cells means the line is no table row.
std::vector<AlignedCell> split_aligned(const std::string& s, size_t line_start, size_t begin, size_t end);

// Whether `row` has the header's number of cells and each of its cells after the first starts
// within two columns of the header's, or, for a figure, ends there (right-aligned).
bool columns_align(const std::vector<AlignedCell>& header, const std::vector<AlignedCell>& row);

}  // namespace scrapers::read
