// Document: what a reader makes of a Source (blocks with exact spans); tested in tests/core/document_test.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/source.h"
#include "core/span.h"

namespace core {

enum class BlockKind {
  heading,     // level 1..6
  paragraph,
  list_item,   // level = nesting depth, 1 for top level
  table_cell,  // table/row/column set
  code,        // code blocks: kept so positions stay honest, extractors skip them
};

const char* to_string(BlockKind kind);

// A range in Block::text coordinates.
struct TextRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// One unit of visible text. `text` is what a reader sees (markup removed, entities decoded,
// soft line breaks kept as '\n'); `starts`/`ends` give, for each byte of `text`, the source
// bytes it came from (an entity "&amp;" maps its one '&' to all five), so any substring of
// `text` has an exact Span.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;
  std::string text;
  std::vector<uint32_t> starts;  // size text.size()
  std::vector<uint32_t> ends;    // size text.size()
  std::vector<TextRange> strong;  // bold/strong runs (a "**NVIDIA L4**:" list lead)

  // Table cells: which table in the document, 0-based row and column after colspan and
  // rowspan are expanded (a spanning cell reports its top-left slot), and whether it is
  // a header cell (<th>, a GFM header row).
  int table = -1;
  int row = -1;
  int column = -1;
  int column_span = 1;
  int row_span = 1;
  bool header = false;

  int section = -1;  // index of the nearest heading block above, -1 if none

  // Span of text[b, e) in the Source.
  Span span_of(size_t b, size_t e) const;
  Span span() const { return span_of(0, text.size()); }
  // Appends text that came from source bytes [src, src + piece.size()) one-to-one.
  void append_mapped(std::string_view piece, size_t src);
  // Appends text that replaces source bytes [src_begin, src_end) (an entity, a <br>).
  void append_replacement(std::string_view piece, size_t src_begin, size_t src_end);
};

struct Document {
  Source source;
  std::string format;  // "markdown", "html", "text", "pdf"
  std::string title;   // front matter title, <title>, or first heading
  std::vector<Block> blocks;
  std::vector<Error> warnings;  // recoverable problems (invalid UTF-8 at an offset, ...)
};

}  // namespace core
