// Entry point of the readers; tested in tests/scrapers/read_document_test.cpp.
#include "scrapers/read/read_document.h"

#include "scrapers/read/html_reader.h"
#include "scrapers/read/markdown_reader.h"
#include "scrapers/read/pdf_reader.h"
#include "scrapers/read/text_reader.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers {

core::Result<core::Document> read_document(core::Source source, std::string_view format_hint) {
  std::string format = detect_format(source.name(), source.bytes(), format_hint);
  if (format == "pdf") return read::read_pdf(source);
  if (read::looks_binary(source.bytes())) {
    return core::Error{core::ErrorCode::encoding, "not a text file (binary content); cannot read it as " + format,
                       {source.name()}};
  }
  if (format == "markdown") return read::read_markdown(std::move(source));
  if (format == "html") return read::read_html(std::move(source));
  return read::read_text(std::move(source));
}

}  // namespace scrapers
