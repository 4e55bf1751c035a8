// Finds the exact source bytes of libxml2 text nodes (which carry no offsets); tested in tests/scrapers/small_parts_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace scrapers::read {

// libxml2's HTML parser decodes entities and forgets where text came from. The walker
// visits text nodes in document order, which is source order, so a cursor that only
// moves forward can find each node's raw bytes: skip markup (tags, comments, script and
// style bodies), then match the decoded text against raw bytes, decoding references as
// it goes. Each piece of the result says which raw bytes a run of text came from.
class HtmlTextAligner {
 public:
  struct Piece {
    size_t text_begin = 0;  // in the node's text
    size_t text_end = 0;
    size_t raw_begin = 0;  // absolute source offsets
    size_t raw_end = 0;
    bool one_to_one = false;  // raw bytes equal the text bytes (else a replacement)
  };

  // `raw` is the whole source; only [begin, end) holds HTML (a Markdown HTML block).
  HtmlTextAligner(std::string_view raw, size_t begin, size_t end);

  // Pieces covering all of `text`, or nothing if the text cannot be found ahead of the
  // cursor (then the cursor does not move).
  std::optional<std::vector<Piece>> align(std::string_view text);
  // The raw range of the next start tag `name` (lower case) before the next character
  // data, for elements with no text (<br>).
  std::optional<std::pair<size_t, size_t>> next_tag(std::string_view name);
  size_t cursor() const { return cursor_; }

 private:
  std::optional<std::vector<Piece>> match_at(std::string_view text, size_t at, size_t* end) const;
  std::string_view raw_;
  size_t begin_;
  size_t end_;
  size_t cursor_;
  std::vector<bool> in_text_;  // raw byte i (relative to begin_) is character data
  std::vector<std::pair<size_t, size_t>> tags_;  // start tags (absolute ranges), in order
  // Markup libxml2 may drop without ending the text node around it (an end tag with
  // nothing to close, a stray <html>, <body> or doctype): "a</b>b" can be one node "ab".
  // A match may step over it; it never starts or ends on it.
  std::vector<std::pair<size_t, size_t>> transparent_;
};

}  // namespace scrapers::read
