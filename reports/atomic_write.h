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

}  // namespace reports
