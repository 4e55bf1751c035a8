// Cuts an article into line-bounded pieces, each knowing which findings cover it (overlaps included); tested in tests/reports/article_highlight_test.cpp.
#pragma once
#include <cstddef>
#include <vector>

#include "core/finding.h"

namespace reports {

// A byte range of the source inside one line (line breaks excluded) and the indexes of
// the findings whose spans cover all of it. Pieces cover every byte of every line in
// order, so a renderer can wrap each one without nesting marks across lines or spans.
struct ArticlePiece {
  int line = 0;          // 1-based
  size_t begin = 0;      // byte offsets in the source
  size_t end = 0;
  std::vector<size_t> findings;  // indexes into the findings vector, ascending
  std::vector<size_t> first_of;  // findings whose first piece this is (anchor targets)
  // Findings with an empty span (an insertion point) at this piece's begin, or, for the
  // last piece of a line, at the line's end: shown as a marker, not as marked text.
  std::vector<size_t> points_before;
  std::vector<size_t> points_after;
};

// Findings whose spans fall outside the source are ignored (they are still listed by the
// renderers, just not highlighted). An empty span marks no text; it becomes a point.
std::vector<ArticlePiece> article_pieces(const core::Source& source, const std::vector<core::Finding>& findings);

}  // namespace reports
