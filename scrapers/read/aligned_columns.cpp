// Tables laid out with spaces; tested in tests/scrapers/text_reader_test.cpp.
#include "scrapers/read/aligned_columns.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace scrapers::read {
namespace {

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

}  // namespace

std::vector<AlignedCell> split_aligned(const std::string& s, size_t line_start, size_t begin, size_t end) {
  std::vector<AlignedCell> cells;
  size_t column = 0;
  for (size_t i = line_start; i < begin; ++i) column += continuation_byte(s[i]) ? 0 : 1;
  AlignedCell cell{begin, begin, column, column};
  size_t i = begin;
  while (i < end) {
    // A gap: a tab, or two or more spaces.
    size_t j = i;
    size_t gap_columns = 0;
    bool tab = false;
    while (j < end && (s[j] == ' ' || s[j] == '\t')) {
      tab = tab || s[j] == '\t';
      gap_columns += s[j] == '\t' ? 8 - (column + gap_columns) % 8 : 1;
      ++j;
    }
    if (j > i && (tab || j - i >= 2)) {
      cells.push_back(cell);
      column += gap_columns;
      cell = AlignedCell{j, j, column, column};
      i = j;
      continue;
    }
    if (j > i) {  // one space inside a cell
      column += gap_columns;
      i = j;
      continue;
    }
    if (!continuation_byte(s[i])) {
      cell.last_column = column;
      ++column;
    }
    ++i;
    cell.end = i;
  }
  if (cell.end > cell.begin) cells.push_back(cell);
  for (auto& c : cells) c.figure = std::isdigit(static_cast<unsigned char>(s[c.begin])) || s[c.begin] == '~' || s[c.begin] == '$';
  // "It is a big card.  It has ...": two spaces after a sentence are prose, not a column gap;
  // a line that ends a sentence ("Then a line with a gap   here.") is prose too.
  if (!cells.empty() && cells.back().end > cells.back().begin && std::string_view(".!?").find(s[cells.back().end - 1]) != std::string_view::npos) {
    cells.clear();
  }
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    const char last = s[cells[k].end - 1];
    const size_t words = 1 + static_cast<size_t>(std::count(s.begin() + static_cast<long>(cells[k].begin), s.begin() + static_cast<long>(cells[k].end), ' '));
    if ((last == '.' || last == '!' || last == '?') && words >= 3) cells.clear();
  }
  // "Rig:  5600X | B550 | RTX 4060 Ti 16GB | 650W": a line that separates with pipes is a
  // list of its own, not a row of space-aligned columns.
  // ("NVENC | NVDEC | JPEG Decoders   2|4|4" is a datasheet row: a list needs three or more.)
  size_t pipes = 0;
  for (const auto& c : cells) {
    const std::string_view t = std::string_view(s).substr(c.begin, c.end - c.begin);
    for (size_t at = t.find(" | "); at != std::string_view::npos; at = t.find(" | ", at + 3)) ++pipes;
  }
  if (pipes >= 3) cells.clear();
  if (cells.size() < 2) cells.clear();
  return cells;
}

bool columns_align(const std::vector<AlignedCell>& header, const std::vector<AlignedCell>& row) {
  if (header.size() < 2 || row.size() != header.size()) return false;
  for (size_t k = 1; k < header.size(); ++k) {
    if (distance(header[k].first_column, row[k].first_column) <= 2) continue;
    // Figures may be right-aligned under their header: their ends line up instead.
    if (row[k].figure && distance(header[k].last_column, row[k].last_column) <= 2) continue;
    return false;
  }
  return true;
}

}  // namespace scrapers::read
