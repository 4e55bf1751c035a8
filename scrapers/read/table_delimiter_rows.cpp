// GFM delimiter rows with one or two dashes per cell, widened to the three md4c needs.
#include "scrapers/read/table_delimiter_rows.h"

#include <algorithm>
#include <string_view>

namespace scrapers::read {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

// The dash runs of a delimiter row ("|:--|-:|", "--|--"), as (offset, length) within `line`;
// empty when the line is no delimiter row (GFM: cells of an optional colon, dashes, an
// optional colon, between pipes; at least one pipe; up to three spaces of indent).
std::vector<std::pair<size_t, size_t>> dash_runs(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> runs;
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i > 3) return {};
  bool pipe = false;
  bool cell_open = false;  // a cell's dashes were seen and no pipe closed it yet
  while (i < line.size()) {
    const char c = line[i];
    if (blank(c) || c == '\r') {
      ++i;
    } else if (c == '|') {
      pipe = true;
      cell_open = false;
      ++i;
    } else if (c == ':' || c == '-') {
      if (cell_open) return {};
      if (c == ':') ++i;
      const size_t from = i;
      while (i < line.size() && line[i] == '-') ++i;
      if (i == from) return {};
      runs.emplace_back(from, i - from);
      if (i < line.size() && line[i] == ':') ++i;
      cell_open = true;
    } else {
      return {};
    }
  }
  if (!pipe) return {};
  return runs;
}

}  // namespace

WidenedRows WidenedRows::widen(std::string& text, size_t start) {
  WidenedRows rows;
  std::string out = text.substr(0, start);
  out.reserve(text.size() + 64);
  size_t total = 0;
  bool previous_has_pipe = false;
  size_t pos = start;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    end = end == std::string::npos ? text.size() : end + 1;
    const std::string_view line(text.data() + pos, end - pos);
    const std::string_view body = line.substr(0, line.size() - (line.back() == '\n' ? 1 : 0));
    auto runs = previous_has_pipe ? dash_runs(body) : decltype(dash_runs(body)){};
    const bool short_cell = std::any_of(runs.begin(), runs.end(), [](const auto& r) { return r.second < 3; });
    if (short_cell) {
      size_t copied = 0;
      for (const auto& [at, length] : runs) {
        out.append(line.substr(copied, at + length - copied));
        copied = at + length;
        if (length < 3) {
          out.append(3 - length, '-');
          total += 3 - length;
          rows.inserted_.emplace_back(out.size(), total);
        }
      }
      out.append(line.substr(copied));
    } else {
      out.append(line);
    }
    previous_has_pipe = body.find('|') != std::string_view::npos;
    pos = end;
  }
  if (!rows.inserted_.empty()) text = std::move(out);
  return rows;
}

size_t WidenedRows::original(size_t offset) const {
  // Insertions ending at or before `offset` shift it; text never starts inside an insertion.
  auto it = std::upper_bound(inserted_.begin(), inserted_.end(), offset,
                             [](size_t off, const std::pair<size_t, size_t>& entry) { return off < entry.first; });
  return it == inserted_.begin() ? offset : offset - std::prev(it)->second;
}

}  // namespace scrapers::read
