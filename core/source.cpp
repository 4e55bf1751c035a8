// Source line table and positions; tested in tests/core/source_test.cpp.
#include "core/source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace core {

Source::Source(std::string name, std::string bytes) : name_(std::move(name)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Position Source::position(size_t offset) const {
  Position p;
  p.file = name_;
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  p.line = static_cast<int>(line_index) + 1;
  size_t start = line_starts_[line_index];
  if (line_index == 0 && bytes_.compare(0, 3, "\xEF\xBB\xBF") == 0 && offset >= 3) start = 3;
  int column = 1;
  for (size_t i = start; i < offset; ++i) {
    // Continuation bytes (10xxxxxx) do not start a code point.
    if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++column;
  }
  p.column = column;
  if (!page_starts_.empty()) {
    p.page = 1 + static_cast<int>(std::upper_bound(page_starts_.begin(), page_starts_.end(), offset) -
                                  page_starts_.begin());
  }
  return p;
}

size_t Source::line_start(int line) const {
  if (line < 1) return 0;
  if (static_cast<size_t>(line) > line_starts_.size()) return bytes_.size();
  return line_starts_[static_cast<size_t>(line) - 1];
}

std::string_view Source::line_text(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  size_t begin = line_starts_[static_cast<size_t>(line) - 1];
  size_t end = static_cast<size_t>(line) < line_starts_.size() ? line_starts_[static_cast<size_t>(line)] : bytes_.size();
  while (end > begin && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  return std::string_view(bytes_).substr(begin, end - begin);
}

Result<Source> read_source_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Error e{ErrorCode::io, std::string("cannot open file: ") + std::strerror(errno), {path}};
    return e;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::io, "read failed", {path}};
  return Source(path, buffer.str());
}

}  // namespace core
