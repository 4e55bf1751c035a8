// YAML front matter at the top of a Markdown file (its extent and title); tested in tests/scrapers/markdown_reader_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scrapers::read {

struct FrontMatter {
  size_t end = 0;     // first byte after the closing "---" line
  std::string title;  // the `title:` value, quotes removed; empty when absent
};

// Front matter is a "---" line at the very top (after a BOM), YAML lines, and a closing
// "---" or "..." line. Only top-level `title:` is read: the rest is metadata, not text.
std::optional<FrontMatter> read_front_matter(std::string_view bytes);

}  // namespace scrapers::read
