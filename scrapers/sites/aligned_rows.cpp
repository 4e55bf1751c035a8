// Datasheet PDF spec rows from aligned text columns; tested in tests/scrapers/datasheet_pdf_test.cpp.
#include "scrapers/sites/aligned_rows.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace scrapers {
namespace {

constexpr uint32_t kColumnSlack = 2;  // characters a value column may drift by (rounding of x)

struct RowSplit {
  size_t label_end = 0;    // text[0, label_end) is the label
  size_t value_begin = 0;  // text[value_begin, end) is the value
  uint32_t column = 0;     // the value's column on its line of the page
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::optional<RowSplit> split_row(const core::Block& b, std::string_view source) {
  if (b.kind != core::BlockKind::paragraph && b.kind != core::BlockKind::heading) return std::nullopt;
  const std::string& t = b.text;
  std::optional<RowSplit> split;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!is_blank(t[i]) || !is_blank(t[i + 1])) continue;
    size_t j = i;
    while (j < t.size() && is_blank(t[j])) ++j;
    if (split) return std::nullopt;  // a third column
    split = RowSplit{i, j, 0};
    i = j;
  }
  if (!split || split->label_end == 0 || split->value_begin >= t.size()) return std::nullopt;
  if (!std::isalpha(static_cast<unsigned char>(t[0]))) return std::nullopt;
  // The line starts after the last newline before the block (the reader trimmed only its indent).
  size_t value_at = b.starts[split->value_begin];
  size_t line = b.starts[0];
  while (line > 0 && source[line - 1] != '\n') --line;
  split->column = static_cast<uint32_t>(value_at - line);
  return split;
}

core::Block cell_of(const core::Block& b, size_t begin, size_t end, int table, int row, int column) {
  core::Block cell;
  cell.kind = core::BlockKind::table_cell;
  cell.text = b.text.substr(begin, end - begin);
  cell.starts.assign(b.starts.begin() + static_cast<std::ptrdiff_t>(begin), b.starts.begin() + static_cast<std::ptrdiff_t>(end));
  cell.ends.assign(b.ends.begin() + static_cast<std::ptrdiff_t>(begin), b.ends.begin() + static_cast<std::ptrdiff_t>(end));
  cell.table = table;
  cell.row = row;
  cell.column = column;
  cell.header = column == 0;  // the row labels, as in a datasheet table without a header row
  cell.section = 0;
  return cell;
}

}  // namespace

size_t append_aligned_rows(const core::Document& page, core::Document& out, int first_table) {
  const std::string_view source = page.source.bytes();
  size_t appended = 0;
  int table = first_table;
  // The run being collected: rows wait until a second aligned line shows it is a table.
  std::vector<std::pair<const core::Block*, RowSplit>> run;
  auto flush = [&] {
    if (run.size() >= 2) {
      int row = 0;
      for (const auto& [b, s] : run) {
        out.blocks.push_back(cell_of(*b, 0, s.label_end, table, row, 0));
        out.blocks.push_back(cell_of(*b, s.value_begin, b->text.size(), table, row, 1));
        ++row;
      }
      appended += run.size();
      ++table;
    }
    run.clear();
  };
  for (const auto& b : page.blocks) {
    auto split = split_row(b, source);
    if (!split) {
      flush();
      continue;
    }
    if (!run.empty()) {
      uint32_t c = run.front().second.column;
      if (split->column + kColumnSlack < c || split->column > c + kColumnSlack) flush();
    }
    run.emplace_back(&b, *split);
  }
  flush();
  return appended;
}

}  // namespace scrapers
