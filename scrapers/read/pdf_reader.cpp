// PDF reader through poppler-cpp; tested in tests/scrapers/pdf_reader_test.cpp.
#include "scrapers/read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

#include "scrapers/read/block_builder.h"
#include "scrapers/read/text_reader.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers::read {
namespace {

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

core::Error pdf_error(const core::Source& pdf, const std::string& why) {
  return core::Error{core::ErrorCode::parse, "cannot read PDF: " + why, {pdf.name()}};
}

}  // namespace

core::Result<core::Document> read_pdf(const core::Source& pdf) {
  if (pdf.bytes().compare(0, 5, "%PDF-") != 0) return pdf_error(pdf, "the file does not start with %PDF-");
  if (pdf.size() > static_cast<size_t>(INT_MAX)) return pdf_error(pdf, "the file is too large");
  // poppler prints its complaints to stderr by default; the error we return says enough.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.bytes().data(), static_cast<int>(pdf.size())));
  if (!doc) return pdf_error(pdf, "poppler could not parse it (damaged or not a PDF)");
  if (doc->is_locked()) return pdf_error(pdf, "it is encrypted");

  std::string text;
  std::vector<size_t> page_starts;
  for (int i = 0; i < doc->pages(); ++i) {
    if (i > 0) page_starts.push_back(text.size());
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string page_text = page ? utf8(page->text(poppler::rectf(), poppler::page::physical_layout)) : std::string();
    while (!page_text.empty() && (page_text.back() == '\f' || page_text.back() == '\n')) page_text.pop_back();
    for (auto& c : page_text) {
      if (c == '\f') c = '\n';  // a form feed inside a page is still a line break
    }
    text += page_text;
    text += '\n';
  }

  core::Document out;
  out.source = core::Source(pdf.name(), std::move(text));
  out.source.set_page_starts(page_starts);
  out.format = "pdf";
  out.title = utf8(doc->get_title());
  Utf8Scan scan = scan_utf8(out.source.bytes());
  out.warnings = utf8_warnings(out.source, scan);
  BlockBuilder builder(out, scan);
  read_text_lines(builder, scan, scan.bom, out.source.size());
  return out;
}

}  // namespace scrapers::read
