// Source: the bytes of one input plus its line table; tested in tests/core/source_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/error.h"

namespace core {

// One input document exactly as read. Every Span points into `bytes`, so positions
// are computed here and never reconstructed by searching text.
class Source {
 public:
  Source() = default;
  // `name` is the path or URL shown to the user.
  Source(std::string name, std::string bytes);

  const std::string& name() const { return name_; }
  const std::string& bytes() const { return bytes_; }
  size_t size() const { return bytes_.size(); }
  size_t line_count() const { return line_starts_.size(); }

  // Position of a byte offset: 1-based line, 1-based column in code points (a
  // leading UTF-8 BOM is not counted). CRLF counts as one line break.
  Position position(size_t offset) const;
  // Byte range of the 1-based line, without its line break.
  std::string_view line_text(int line) const;
  size_t line_start(int line) const;

  // Page breaks for paged sources (PDF): byte offsets where page 2, 3, ... start.
  void set_page_starts(std::vector<size_t> starts) { page_starts_ = std::move(starts); }
  const std::vector<size_t>& page_starts() const { return page_starts_; }

 private:
  std::string name_;
  std::string bytes_;
  std::vector<size_t> line_starts_;
  std::vector<size_t> page_starts_;
};

// Reads a whole file; the error names the path.
Result<Source> read_source_file(const std::string& path);

}  // namespace core
