// HTML reader: pages (main content only) and HTML blocks inside Markdown; tested in tests/scrapers/html_reader_test.cpp.
#pragma once
#include <cstddef>

#include "core/document.h"
#include "scrapers/read/block_builder.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers::read {

// Reads the HTML in source bytes [begin, end) into `builder`'s Document. A page
// (`whole_page`) keeps only its main content and sets the title from <title>; a fragment
// (a Markdown HTML block) keeps everything. Text libxml2 reports that cannot be located
// in the source is left out with a warning rather than given a guessed span.
void read_html_range(BlockBuilder& builder, const Utf8Scan& scan, size_t begin, size_t end, bool whole_page);

// A whole HTML page.
core::Result<core::Document> read_html(core::Source source);

}  // namespace scrapers::read
