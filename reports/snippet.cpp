// Snippet-with-caret construction; tested in tests/reports/snippet_test.cpp.
#include "reports/snippet.h"

#include <vector>

#include "reports/utf8_text.h"

namespace reports {

namespace {
// One display column: the UTF-8 it shows.
using Cell = std::string;

const char* const kEllipsis = "\xE2\x80\xA6";  // U+2026

// Cuts `cells` to at most `width` columns around [caret, caret + caret_width), keeping
// some context before the claim because the words before a number usually name the GPU.
void cut_to_width(std::vector<Cell>& cells, size_t& caret, size_t caret_width, size_t width) {
  if (width < 8 || cells.size() <= width) return;
  const size_t room = width - 2;  // both ellipses
  const size_t wanted = std::min(caret_width, room);
  size_t start = caret > (room - wanted) / 3 ? caret - (room - wanted) / 3 : 0;
  if (start + room > cells.size()) start = cells.size() - room;
  std::vector<Cell> window;
  window.reserve(width);
  const bool cut_front = start > 0;
  const bool cut_back = start + room < cells.size();
  if (cut_front) window.emplace_back(kEllipsis);
  window.insert(window.end(), cells.begin() + static_cast<std::ptrdiff_t>(start),
                cells.begin() + static_cast<std::ptrdiff_t>(start + room));
  if (cut_back) window.emplace_back(kEllipsis);
  caret = caret - start + (cut_front ? 1 : 0);
  cells = std::move(window);
}
}  // namespace

std::optional<Snippet> make_snippet(const core::Source& source, core::Span span, const SnippetOptions& options) {
  if (span.begin > source.size() || span.end > source.size()) return std::nullopt;
  Snippet s;
  s.line = source.position(span.begin).line;
  const std::string_view text = source.line_text(s.line);
  const size_t line_begin = source.line_start(s.line);
  const size_t line_end = line_begin + text.size();
  const size_t tab = options.tab_width == 0 ? 1 : options.tab_width;

  std::vector<Cell> cells;
  size_t caret_begin = std::string::npos;
  size_t caret_end = std::string::npos;
  size_t i = 0;
  // A BOM is not part of the line as anyone sees it (core::Source does not count it either).
  if (s.line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  for (; i <= text.size(); ) {
    const size_t offset = line_begin + i;
    if (caret_begin == std::string::npos && offset >= span.begin) caret_begin = cells.size();
    if (caret_end == std::string::npos && offset >= span.end && caret_begin != std::string::npos) caret_end = cells.size();
    if (i == text.size()) break;
    const CodePoint cp = decode_code_point(text, i);
    if (cp.valid && cp.value == '\t') {
      do cells.emplace_back(" "); while (cells.size() % tab != 0);
    } else if (!cp.valid || is_control(cp.value)) {
      Cell c;
      append_utf8(c, 0xFFFD);
      cells.push_back(std::move(c));
    } else {
      cells.emplace_back(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  if (caret_begin == std::string::npos) caret_begin = cells.size();
  if (caret_end == std::string::npos) caret_end = cells.size();
  s.continues = span.end > line_end;
  s.caret_column = caret_begin;
  s.caret_width = caret_end > caret_begin ? caret_end - caret_begin : 1;
  cut_to_width(cells, s.caret_column, s.caret_width, options.max_width);
  if (s.caret_column + s.caret_width > cells.size() + 1) {
    s.caret_width = cells.size() + 1 > s.caret_column ? cells.size() + 1 - s.caret_column : 1;
  }
  for (const Cell& c : cells) s.text += c;
  return s;
}

std::string caret_line(const Snippet& snippet) {
  std::string out(snippet.caret_column, ' ');
  out += '^';
  if (snippet.caret_width > 1) out.append(snippet.caret_width - 1, '~');
  return out;
}

}  // namespace reports
