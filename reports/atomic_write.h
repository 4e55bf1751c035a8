// Writes a report to a path all at once (temp file beside it, then rename); tested in tests/reports/atomic_write_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace reports {

// Writes `content` to a temporary file in the directory of `path`, flushes it to disk and
// renames it over `path`, so a reader (a CI upload, an editor) sees the old report or the
// new one, never half of one. An existing file's permissions are kept; a new file gets
// 0666 less the umask, like any file the user creates. On failure the temporary file is
// removed, `path` is untouched, and the error (code io) names `path`.
std::optional<core::Error> write_file_atomically(const std::string& path, std::string_view content);

// The same, for a report written piece by piece (a page too long to hold whole): pieces go
// to the temporary file through a small buffer; commit() flushes, syncs and renames. A file
// destroyed without commit() is removed and `path` is untouched. After the first error every
// call returns it.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::optional<core::Error> append(std::string_view piece);
  std::optional<core::Error> commit();
  const std::optional<core::Error>& error() const { return error_; }

 private:
  std::optional<core::Error> write_all(std::string_view data);
  std::optional<core::Error> fail(const std::string& what, int err);
  std::string path_, temp_, buffer_;
  int fd_ = -1;
  std::optional<core::Error> error_;
};

}  // namespace reports
