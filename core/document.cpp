// Block text-to-source mapping; tested in tests/core/document_test.cpp.
#include "core/document.h"

#include <algorithm>

namespace core {

const char* to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::list_item: return "list_item";
    case BlockKind::table_cell: return "table_cell";
    case BlockKind::code: return "code";
  }
  return "paragraph";
}

Span Block::span_of(size_t b, size_t e) const {
  if (text.empty()) return {};
  b = std::min(b, text.size());
  e = std::min(std::max(e, b), text.size());
  if (e == b) return b < starts.size() ? Span{starts[b], starts[b]} : Span{ends.back(), ends.back()};
  return Span{starts[b], ends[e - 1]};
}

void Block::append_mapped(std::string_view piece, size_t src) {
  for (size_t i = 0; i < piece.size(); ++i) {
    text.push_back(piece[i]);
    starts.push_back(static_cast<uint32_t>(src + i));
    ends.push_back(static_cast<uint32_t>(src + i + 1));
  }
}

void Block::append_replacement(std::string_view piece, size_t src_begin, size_t src_end) {
  for (char c : piece) {
    text.push_back(c);
    starts.push_back(static_cast<uint32_t>(src_begin));
    ends.push_back(static_cast<uint32_t>(src_end));
  }
}

}  // namespace core
