// YAML front matter at the top of a Markdown file; tested in tests/scrapers/markdown_reader_test.cpp.
#include "scrapers/read/front_matter.h"

namespace scrapers::read {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

}  // namespace

std::optional<FrontMatter> read_front_matter(std::string_view bytes) {
  size_t pos = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  auto next_line = [&](size_t from, std::string_view* line) {
    size_t nl = bytes.find('\n', from);
    size_t stop = nl == std::string_view::npos ? bytes.size() : nl;
    *line = bytes.substr(from, stop - from);
    return nl == std::string_view::npos ? bytes.size() : nl + 1;
  };
  std::string_view line;
  size_t after = next_line(pos, &line);
  if (trim(line) != "---") return std::nullopt;
  FrontMatter fm;
  pos = after;
  while (pos < bytes.size()) {
    after = next_line(pos, &line);
    std::string_view t = trim(line);
    if (t == "---" || t == "...") {
      fm.end = after;
      return fm;
    }
    if (line.substr(0, 6) == "title:" && fm.title.empty()) fm.title = unquote(line.substr(6));
    pos = after;
  }
  return std::nullopt;  // never closed: not front matter, just a rule at the top
}

}  // namespace scrapers::read
