// Writing an output file whole or not at all (temporary file + rename); tested in tests/probe/atomic_file_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "core/error.h"

namespace probe {

// Writes `content` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`, so a reader sees the old file or the new one, never half of one. On failure the
// temporary file is removed and the error names `path`.
std::optional<core::Error> write_file_atomically(const std::string& path, const std::string& content);

}  // namespace probe
