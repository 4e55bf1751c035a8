// Turns a libxml2 HTML tree into Blocks with exact source spans; tested in tests/scrapers/html_reader_test.cpp.
#pragma once
#include <libxml/tree.h>

#include <cstddef>
#include <string>

#include "scrapers/read/block_builder.h"
#include "scrapers/read/html_text_aligner.h"

namespace scrapers::read {

// Walks the whole tree in document order so the aligner's cursor sees every text node
// (text outside the content root is aligned and discarded: it must not be mistaken for
// later text). Inside the content root:
//   h1-h6 → heading; p, div, section, blockquote, ... → paragraph; pre → code;
//   li → list_item (level = enclosing ul/ol count); td/th → table_cell on the expanded
//   grid; <strong>/<b> → strong runs; <br> → '\n'; links keep their text; images drop.
// Inside a cell or list item, paragraphs are joined with a space so one cell is one block.
// A definition list is a table: each <dt> starts a row (column 0, marked header, as the
// label of the row) and each following <dd> takes the next column, so a spec sheet
// written as <dt>Memory</dt><dd>24 GB</dd> reads like "| Memory | 24 GB |".
// Header cells: <th>, or, in a table with no <th>, every cell of the first row when each
// of them is entirely bold (articles built with editors that only emit <td><strong>).
class HtmlWalker {
 public:
  HtmlWalker(BlockBuilder& builder, HtmlTextAligner& aligner, xmlNode* content_root, bool drop_chrome)
      : b_(builder), aligner_(aligner), root_(content_root), drop_chrome_(drop_chrome) {}

  void walk(xmlNode* node);
  size_t unaligned_text() const { return unaligned_; }
  size_t first_unaligned() const { return first_unaligned_; }

 private:
  struct Context {
    bool emit = false;    // inside the content root and not chrome
    int list_depth = 0;
    bool in_owner = false;  // a list item or table cell block is open and collects text
    bool preformatted = false;
  };
  void children(xmlNode* node, const Context& ctx);
  void element(xmlNode* node, const Context& ctx);
  void text(xmlNode* node, const Context& ctx);
  void table(xmlNode* node, const Context& ctx);
  void rows(xmlNode* node, const Context& ctx, int table, class TableGrid& grid, bool* has_th);
  void definitions(xmlNode* node, const Context& ctx, int table, int* row, int* column);
  void open_paragraph_if_needed();

  BlockBuilder& b_;
  HtmlTextAligner& aligner_;
  xmlNode* root_;
  bool drop_chrome_;
  size_t root_text_ = 0;
  // libxml2 puts content found after </body> beside <body>; it is still the page's text.
  xmlNode* trailing_parent_ = nullptr;
  size_t unaligned_ = 0;
  size_t first_unaligned_ = 0;
};

}  // namespace scrapers::read
