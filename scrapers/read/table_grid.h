// Slot allocation for table cells with colspan/rowspan; tested in tests/scrapers/small_parts_test.cpp.
#pragma once
#include <cstddef>
#include <vector>

namespace scrapers::read {

// Rows are added top to bottom and cells left to right, as HTML lists them; each cell
// takes the first column of its row not already covered by a rowspan from above.
class TableGrid {
 public:
  void start_row();
  // Returns the column of the new cell's top-left slot and covers its spans.
  int place(int column_span, int row_span);
  int row() const { return row_; }

 private:
  bool taken(int row, int column) const;
  int row_ = -1;
  std::vector<std::vector<bool>> covered_;  // [row][column]
};

}  // namespace scrapers::read
