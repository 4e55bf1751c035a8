// Slot allocation for table cells with colspan/rowspan; tested in tests/scrapers/small_parts_test.cpp.
#include "scrapers/read/table_grid.h"

namespace scrapers::read {

void TableGrid::start_row() {
  ++row_;
  if (covered_.size() <= static_cast<std::size_t>(row_)) covered_.resize(static_cast<std::size_t>(row_) + 1);
}

bool TableGrid::taken(int row, int column) const {
  if (row < 0 || static_cast<std::size_t>(row) >= covered_.size()) return false;
  const auto& r = covered_[static_cast<std::size_t>(row)];
  return static_cast<std::size_t>(column) < r.size() && r[static_cast<std::size_t>(column)];
}

int TableGrid::place(int column_span, int row_span) {
  if (row_ < 0) start_row();
  int column = 0;
  while (taken(row_, column)) ++column;
  for (int r = row_; r < row_ + row_span; ++r) {
    if (covered_.size() <= static_cast<std::size_t>(r)) covered_.resize(static_cast<std::size_t>(r) + 1);
    auto& cells = covered_[static_cast<std::size_t>(r)];
    if (cells.size() < static_cast<std::size_t>(column + column_span)) cells.resize(static_cast<std::size_t>(column + column_span), false);
    for (int c = column; c < column + column_span; ++c) cells[static_cast<std::size_t>(c)] = true;
  }
  return column;
}

}  // namespace scrapers::read
