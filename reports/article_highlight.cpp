// Article pieces for in-place highlighting; tested in tests/reports/article_highlight_test.cpp.
#include "reports/article_highlight.h"

#include <algorithm>

namespace reports {

std::vector<ArticlePiece> article_pieces(const core::Source& source, const std::vector<core::Finding>& findings) {
  // Cut points: every span edge that lies inside the source, and every line's ends.
  std::vector<size_t> cuts;
  for (const core::Finding& f : findings) {
    if (f.span.end > source.size() || f.span.begin > f.span.end) continue;
    cuts.push_back(f.span.begin);
    cuts.push_back(f.span.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<ArticlePiece> pieces;
  std::vector<bool> started(findings.size(), false);
  const auto is_point = [&](size_t i) {
    const core::Span& s = findings[i].span;
    return s.begin == s.end && s.end <= source.size() && !started[i];
  };
  const int lines = static_cast<int>(source.line_count());
  for (int line = 1; line <= lines; ++line) {
    const size_t line_begin = source.line_start(line);
    const size_t line_end = line_begin + source.line_text(line).size();
    if (line == lines && line_begin == source.size()) break;  // nothing after the last line break
    size_t at = line_begin;
    auto cut = std::upper_bound(cuts.begin(), cuts.end(), line_begin);
    while (true) {
      const size_t next = (cut != cuts.end() && *cut < line_end) ? *cut++ : line_end;
      if (next > at || line_begin == line_end) {
        ArticlePiece piece;
        piece.line = line;
        piece.begin = at;
        piece.end = next;
        for (size_t i = 0; i < findings.size(); ++i) {
          const core::Span& s = findings[i].span;
          if (s.empty() || s.end > source.size()) continue;
          if (s.begin <= at && s.end >= next && next > at) {
            piece.findings.push_back(i);
            if (!started[i]) piece.first_of.push_back(i);
            started[i] = true;
          }
        }
        for (size_t i = 0; i < findings.size(); ++i) {
          if (is_point(i) && findings[i].span.begin == at) {
            piece.points_before.push_back(i);
            started[i] = true;
          } else if (is_point(i) && next == line_end && findings[i].span.begin == line_end) {
            piece.points_after.push_back(i);
            started[i] = true;
          }
        }
        pieces.push_back(std::move(piece));
      }
      if (next >= line_end) break;
      at = next;
    }
  }
  return pieces;
}

}  // namespace reports
