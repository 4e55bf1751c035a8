// Plain-text reader (pages saved as text; also the text of PDF pages); tested in tests/scrapers/text_reader_test.cpp.
#pragma once
#include "core/document.h"
#include "scrapers/read/block_builder.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers::read {

// Line rules, in order (a line's leading and trailing whitespace is never text):
//   - blank lines separate nothing but tables: every non-empty line is its own block;
//   - "- ", "* ", "• " start a list item; its level is 1 + indentation / 2;
//   - "| a | b |" lines are table cells; consecutive ones form one table. A "|---|---|"
//     line under the first row makes that row the header row (as in GFM); without one,
//     the first column holds the row labels and its cells are marked header;
//   - a heading is a short line (at most 60 characters and 8 words) that starts with a
//     capital letter or digit, ends without . , ; : ! ? and is followed by a list item, a
//     table row or a longer line (a caption before its body). The first line of the file
//     is level 1, later ones level 2;
//   - anything else is a paragraph, glued words and all.
void read_text_lines(BlockBuilder& builder, const Utf8Scan& scan, size_t begin, size_t end);

core::Result<core::Document> read_text(core::Source source);

}  // namespace scrapers::read
