// PDF reader through poppler-cpp: the text of each page, read as plain text; tested in tests/scrapers/pdf_reader_test.cpp.
#pragma once
#include "core/document.h"

namespace scrapers::read {

// A PDF's bytes are not text, so the Document's Source is the extracted text (pages in
// order, each ending in '\n', named like the PDF) with Source::set_page_starts, and spans
// point into it: a position is page + line of that text. Pages are extracted in physical
// layout so a datasheet's "Memory Size    24 GB" row stays on one line. Blocks follow the
// plain-text rules (scrapers/read/text_reader.h). Title: the PDF's Title, else the first
// heading. A file that is not a PDF, or is encrypted, is an error naming the file.
core::Result<core::Document> read_pdf(const core::Source& pdf);

}  // namespace scrapers::read
