// Entry point of the readers: bytes of a file or page → core::Document; tested in tests/scrapers/read_document_test.cpp.
#pragma once
#include <string_view>

#include "core/document.h"
#include "scrapers/read/format_detect.h"

namespace scrapers {

// Reads `source` with the reader detect_format picks (see format_detect.h; `format_hint`
// is a format name or a Content-Type). Recoverable problems (invalid UTF-8, HTML text that
// cannot be located) are Document::warnings; bytes that are not text at all and PDFs
// that are not PDFs are errors naming the file.
core::Result<core::Document> read_document(core::Source source, std::string_view format_hint = "");

}  // namespace scrapers
