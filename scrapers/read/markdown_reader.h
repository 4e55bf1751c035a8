// Markdown reader through md4c, with HTML blocks read by the HTML reader; tested in tests/scrapers/markdown_reader_test.cpp.
#pragma once
#include "core/document.h"

namespace scrapers::read {

// Headings, paragraphs, list items (level = nesting), GFM table cells (first row is the
// header), code blocks. Strong runs are kept; link text is kept and URLs dropped; images
// are dropped; soft and hard line breaks are '\n' mapped to the line break. Raw HTML
// blocks go through the HTML reader with spans in this file. YAML front matter gives the
// title and is not text.
core::Result<core::Document> read_markdown(core::Source source);

}  // namespace scrapers::read
