// HTML reader: pages and HTML blocks inside Markdown; tested in tests/scrapers/html_reader_test.cpp.
#include "scrapers/read/html_reader.h"

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>

#include "scrapers/read/html_content_filter.h"
#include "scrapers/read/html_text_aligner.h"
#include "scrapers/read/html_walker.h"

namespace scrapers::read {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string collapsed_text(xmlNode* n) {
  xmlChar* raw = xmlNodeGetContent(n);
  if (!raw) return {};
  std::string out;
  for (const xmlChar* p = raw; *p; ++p) {
    char c = static_cast<char>(*p);
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  xmlFree(raw);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

xmlNode* find_element(xmlNode* n, std::string_view name) {
  for (xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (element_name(c) == name) return c;
    if (xmlNode* found = find_element(c->children, name)) return found;
  }
  return nullptr;
}

}  // namespace

void read_html_range(BlockBuilder& builder, const Utf8Scan& scan, size_t begin, size_t end, bool whole_page) {
  if (end <= begin) return;
  core::Document& doc = builder.document();
  // The scan's clean copy is valid UTF-8 of the same length, so libxml2 never falls back
  // to Latin-1 and every offset it implies is a source offset.
  std::unique_ptr<xmlDoc, DocFree> tree(htmlReadMemory(
      scan.clean.data() + begin, static_cast<int>(end - begin), doc.source.name().c_str(), "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
  if (!tree) return;
  xmlNode* top = xmlDocGetRootElement(tree.get());
  if (!top) return;
  if (whole_page && doc.title.empty()) {
    if (xmlNode* title = find_element(top, "title")) doc.title = collapsed_text(title);
  }
  xmlNode* root = whole_page ? main_content_root(tree.get()) : top;
  HtmlTextAligner aligner(scan.clean, begin, end);
  builder.finish();
  builder.set_collapse_whitespace(true);
  HtmlWalker walker(builder, aligner, root, whole_page);
  walker.walk(tree->children);
  builder.set_collapse_whitespace(false);
  if (walker.unaligned_text() > 0) {
    doc.warnings.push_back(core::Error{
        core::ErrorCode::parse,
        std::to_string(walker.unaligned_text()) + " piece(s) of HTML text could not be located in the source and were left out",
        doc.source.position(walker.first_unaligned())});
  }
}

core::Result<core::Document> read_html(core::Source source) {
  core::Document doc;
  doc.source = std::move(source);
  doc.format = "html";
  Utf8Scan scan = scan_utf8(doc.source.bytes());
  doc.warnings = utf8_warnings(doc.source, scan);
  BlockBuilder builder(doc, scan);
  read_html_range(builder, scan, 0, doc.source.size(), true);
  return doc;
}

}  // namespace scrapers::read
