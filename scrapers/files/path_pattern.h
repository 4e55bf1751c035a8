// Gitignore-style path patterns (`*`, `?`, `[...]` per segment via fnmatch(3), `**` across segments); tested in tests/scrapers/path_pattern_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace scrapers {

// True when the '/'-separated relative `path` matches `pattern` as a whole. A `**` segment
// matches zero or more segments; other segments go to fnmatch(3) with FNM_PERIOD off, so
// `*.md` also matches `.hidden.md` the way git does. glibc's glob(3) and fnmatch(3) know no
// `**`, hence this thin layer over them.
bool match_path(std::string_view pattern, std::string_view path);

// True when the text contains glob metacharacters (`*`, `?`, `[`) and so needs expanding.
bool has_glob_chars(std::string_view text);

}  // namespace scrapers
