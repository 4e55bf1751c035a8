// Entry point of the readers; tested in tests/scrapers/read_document_test.cpp.
#include "scrapers/read/read_document.h"

#include "scrapers/read/html_reader.h"
#include "scrapers/read/markdown_reader.h"
#include "scrapers/read/pdf_reader.h"
#include "scrapers/read/text_reader.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers {

core::Result<core::Document> read_document(core::Source source, std::string_view format_hint) {
  // Block maps text to the source with 32-bit offsets.
  if (source.size() >= 0xFFFFFFFFu) {
    return core::Error{core::ErrorCode::io, "file too large to read (4 GiB or more)", {source.name()}};
  }
  std::string format = detect_format(source.name(), source.bytes(), format_hint);
  if (format == "pdf") return read::read_pdf(source);
  const std::string& bytes = source.bytes();
  if (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0) {
    // Spans are UTF-8 byte offsets; a UTF-16 file would need transcoding that breaks them.
    return core::Error{core::ErrorCode::encoding, "UTF-16 text is not supported; save the file as UTF-8",
                       {source.name()}};
  }
  if (read::looks_binary(bytes)) {
    return core::Error{core::ErrorCode::encoding, "not a text file (binary content); cannot read it as " + format,
                       {source.name()}};
  }
  if (format == "markdown") return read::read_markdown(std::move(source));
  if (format == "html") return read::read_html(std::move(source));
  return read::read_text(std::move(source));
}

}  // namespace scrapers
