// Builds core::Blocks from source ranges and appends them to a Document; tested in tests/scrapers/small_parts_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/document.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers::read {

// Every reader builds its blocks through this class so the rules for text are the same
// everywhere: bytes are mapped one-to-one to the source, invalid UTF-8 bytes become U+FFFD
// mapped to the bad byte, leading and trailing whitespace is trimmed, strong runs are kept
// in text coordinates, empty blocks are dropped and `section` points at the last heading.
class BlockBuilder {
 public:
  BlockBuilder(core::Document& doc, const Utf8Scan& scan) : doc_(doc), scan_(scan) {}

  // HTML collapses runs of whitespace into one space (mapped to the whole run);
  // Markdown and text keep text as the reader hands it over.
  void set_collapse_whitespace(bool on) { collapse_ = on; }

  // Starts a block like `prototype` (kind, level, table coordinates); an open block is
  // finished first.
  void begin(const core::Block& prototype);
  bool is_open() const { return open_.has_value(); }
  core::Block* current() { return open_ ? &*open_ : nullptr; }
  // Finishes the open block and appends it to the Document if it has visible text.
  // Returns whether a block was appended.
  bool finish();

  // Source bytes [begin, end) appear as text one-to-one.
  void append_source(size_t begin, size_t end);
  // `text` stands for source bytes [begin, end) (an entity, a <br>, a line break).
  void append_replacement(std::string_view text, size_t begin, size_t end);
  // A separator between two pieces of one block (paragraphs inside a table cell): a
  // single space mapped to [at, at), never doubled, never leading.
  void append_separator(char c, size_t at);

  void begin_strong();
  void end_strong();

  int last_heading() const { return last_heading_; }
  // Table numbers are shared by every reader that feeds this Document (a GFM table and
  // an HTML table inside the same Markdown file).
  int allocate_table() { return next_table_++; }
  core::Document& document() { return doc_; }

 private:
  void push(char c, size_t begin, size_t end, bool literal);
  core::Document& doc_;
  const Utf8Scan& scan_;
  std::optional<core::Block> open_;
  bool collapse_ = false;
  int strong_depth_ = 0;
  size_t strong_begin_ = 0;
  int last_heading_ = -1;
  int next_table_ = 0;
};

// True for the ASCII whitespace HTML and Markdown collapse or trim.
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace scrapers::read
