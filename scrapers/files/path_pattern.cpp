// Segment-wise path matching over fnmatch(3); tested in tests/scrapers/path_pattern_test.cpp.
#include "scrapers/files/path_pattern.h"

#include <fnmatch.h>

#include <vector>

namespace scrapers {
namespace {

std::vector<std::string> segments(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t slash = s.find('/', start);
    if (slash == std::string_view::npos) slash = s.size();
    if (slash > start) out.emplace_back(s.substr(start, slash - start));  // "a//b" is "a/b"
    start = slash + 1;
  }
  return out;
}

bool match_from(const std::vector<std::string>& pat, size_t p, const std::vector<std::string>& path, size_t i) {
  for (; p < pat.size(); ++p, ++i) {
    if (pat[p] == "**") {
      // Zero or more whole segments: try every split, shortest first.
      for (size_t k = i; k <= path.size(); ++k) {
        if (match_from(pat, p + 1, path, k)) return true;
      }
      return false;
    }
    if (i >= path.size() || fnmatch(pat[p].c_str(), path[i].c_str(), 0) != 0) return false;
  }
  return i == path.size();
}

}  // namespace

bool match_path(std::string_view pattern, std::string_view path) {
  return match_from(segments(pattern), 0, segments(path), 0);
}

bool has_glob_chars(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

}  // namespace scrapers
