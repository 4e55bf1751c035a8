// Source line with a caret under a span, shared by the terminal and HTML renderers; tested in tests/reports/snippet_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "core/source.h"
#include "core/span.h"

namespace reports {

struct SnippetOptions {
  size_t tab_width = 8;    // tabs expand to the next multiple, so the caret lines up
  size_t max_width = 120;  // longer lines are cut to a window around the span, marked "…"
};

// The first line of a span as it will be displayed, with where the marker goes.
// Columns here are display columns (one per code point, tabs expanded), 0-based.
struct Snippet {
  int line = 0;              // 1-based line number in the source
  std::string text;          // the displayed line: tabs expanded, controls replaced, maybe cut
  size_t caret_column = 0;   // where the marker starts in `text`
  size_t caret_width = 1;    // columns under the span on this line (at least 1)
  bool continues = false;    // the span goes on past this line
};

// Nothing when the span lies outside the source.
std::optional<Snippet> make_snippet(const core::Source& source, core::Span span, const SnippetOptions& options = {});

// "    ^~~~": spaces to the caret column, then ^ and ~ to its width.
std::string caret_line(const Snippet& snippet);

}  // namespace reports
