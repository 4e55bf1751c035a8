// Tests scrapers/read/html_reader (libxml2 tree + source alignment) against a golden dump and pinned spans.
#include <catch2/catch.hpp>

#include "document_dump.h"
#include "scrapers/read/html_reader.h"
#include "scrapers/read/read_document.h"

using scrapers_test::compare_golden;
using scrapers_test::dump_document;
using scrapers_test::find_block;
using scrapers_test::fixture_path;
using scrapers_test::where;

namespace {

core::Document read_page() {
  auto source = core::read_source_file(fixture_path("page.html"));
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE(doc.ok());
  return std::move(*doc);
}

core::Document read_html(const std::string& html) {
  auto doc = scrapers::read_document(core::Source("inline.html", html));
  REQUIRE(doc.ok());
  return std::move(*doc);
}

// The source bytes a block's text[b, e) came from.
std::string source_of(const core::Document& doc, const core::Block& b, size_t pos, size_t len) {
  core::Span s = b.span_of(pos, pos + len);
  return doc.source.bytes().substr(s.begin, s.size());
}

}  // namespace

TEST_CASE("html page matches its golden dump") {
  core::Document doc = read_page();
  CHECK(doc.format == "html");
  CHECK(compare_golden("page.html.golden", dump_document(doc)) == "");
}

TEST_CASE("html: chrome is dropped, the article kept") {
  core::Document doc = read_page();
  CHECK(doc.title == "NVIDIA L4 \xE2\x80\x93 Specs");
  CHECK(find_block(doc, "GPU News") == nullptr);
  CHECK(find_block(doc, "cookies") == nullptr);
  CHECK(find_block(doc, "Home") == nullptr);
  CHECK(find_block(doc, "Share on") == nullptr);
  CHECK(find_block(doc, "RTX 4090") == nullptr);  // <aside>
  REQUIRE(!doc.blocks.empty());
  CHECK(doc.blocks[0].kind == core::BlockKind::heading);
  CHECK(doc.blocks[0].text == "NVIDIA L4 review");
  CHECK(where(doc, doc.blocks[0].span().begin) == "14:5");
}

TEST_CASE("html: entities and whitespace map to their source bytes") {
  core::Document doc = read_page();
  const core::Block* p = find_block(doc, "has 24");
  REQUIRE(p);
  CHECK(p->text == "The NVIDIA\xC2\xA0L4 has 24\xC2\xA0GB of memory and a 72 W TDP \xE2\x80\x94 AT&T\xE2\x80\x99s favourite.\nSecond line.");
  size_t nbsp = p->text.find("\xC2\xA0");
  CHECK(source_of(doc, *p, nbsp, 2) == "&nbsp;");
  CHECK(source_of(doc, *p, p->text.find("memory and"), 10) == "memory\nand");  // the collapsed newline
  CHECK(source_of(doc, *p, p->text.find("\xE2\x80\x94"), 3) == "&mdash;");
  CHECK(source_of(doc, *p, p->text.find("AT&T"), 4) == "AT&amp;T");
  CHECK(source_of(doc, *p, p->text.find('\n'), 1) == "<br>");
  REQUIRE(p->strong.size() == 1);
  CHECK(source_of(doc, *p, p->strong[0].begin, p->strong[0].end - p->strong[0].begin) == "NVIDIA&nbsp;L4");
  CHECK(where(doc, p->span_of(p->text.find("72 W"), p->text.find("72 W") + 4).begin) == "16:7");
}

TEST_CASE("html: lists keep nesting and bold leads") {
  core::Document doc = read_page();
  const core::Block* cores = find_block(doc, "CUDA Cores:");
  REQUIRE(cores);
  CHECK(cores->kind == core::BlockKind::list_item);
  CHECK(cores->level == 1);
  CHECK(cores->text == "CUDA Cores: 7680");
  REQUIRE(cores->strong.size() == 1);
  CHECK(cores->text.substr(cores->strong[0].begin, cores->strong[0].end) == "CUDA Cores:");
  CHECK(where(doc, cores->span_of(cores->strong[0].begin, cores->strong[0].end).begin) == "18:15");
  const core::Block* gddr = find_block(doc, "24 GB GDDR6");
  REQUIRE(gddr);
  CHECK(gddr->level == 2);
}

TEST_CASE("html: colspan and rowspan are expanded into the grid") {
  core::Document doc = read_page();
  auto cell = [&](const std::string& text) -> const core::Block* {
    for (const auto& b : doc.blocks) {
      if (b.kind == core::BlockKind::table_cell && b.text == text) return &b;
    }
    return nullptr;
  };
  const core::Block* value = cell("Value");
  REQUIRE(value);
  CHECK(value->header);
  CHECK(value->column == 1);
  CHECK(value->column_span == 2);
  const core::Block* memory = cell("Memory");
  REQUIRE(memory);
  CHECK(memory->row_span == 2);
  const core::Block* bw = cell("300\xC2\xA0GB/s");
  REQUIRE(bw);
  CHECK(bw->row == 2);
  CHECK(bw->column == 1);  // column 0 is covered by "Memory" from the row above
  CHECK(source_of(doc, *bw, 0, bw->text.size()) == "300&nbsp;GB/s");
  CHECK(where(doc, bw->span().begin) == "27:13");
  const core::Block* watts = cell("72 W");
  REQUIRE(watts);
  CHECK(watts->row == 3);
  CHECK(watts->column == 1);
  CHECK(watts->column_span == 2);
  CHECK_FALSE(watts->header);
}

TEST_CASE("html: pre keeps its whitespace as a code block") {
  core::Document doc = read_page();
  const core::Block* code = find_block(doc, "nvidia-smi");
  REQUIRE(code);
  CHECK(code->kind == core::BlockKind::code);
  CHECK(code->text == "nvidia-smi\n  -q");
}

TEST_CASE("html: text that repeats the title or a script is not mistaken for it") {
  core::Document doc = read_html(
      "<html><head><title>24 GB</title><script>x = '24 GB';</script></head>"
      "<body><nav>24 GB</nav><p>24 GB</p></body></html>");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "24 GB");
  CHECK(doc.blocks[0].span().begin == doc.source.bytes().rfind("24 GB"));
}

TEST_CASE("html: a first row that is not all bold is not a header") {
  core::Document doc = read_html(
      "<html><body><table><tr><td><b>Spec</b></td><td>L4</td></tr>"
      "<tr><td>Memory</td><td>24 GB</td></tr></table></body></html>");
  const core::Block* spec = find_block(doc, "Spec");
  REQUIRE(spec);
  CHECK_FALSE(spec->header);
}

TEST_CASE("html: a page whose body wrapper has a chrome-looking class keeps its text") {
  core::Document doc = read_html(
      "<html><body><div class=\"layout-with-sidebar\"><p>The L4 has 24 GB.</p><p>And 72 W.</p></div>"
      "<div class=\"sidebar\">Ads</div></body></html>");
  CHECK(find_block(doc, "24 GB"));
  CHECK(find_block(doc, "Ads") == nullptr);
}

TEST_CASE("html: invalid UTF-8 in a page is a warning, not a failure") {
  core::Document doc = read_html("<html><body><p>caf\xE9 72 W</p></body></html>");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "caf\xEF\xBF\xBD 72 W");
  CHECK(doc.blocks[0].span_of(7, 11).begin == doc.source.bytes().find("72 W"));
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].code == core::ErrorCode::encoding);
}

TEST_CASE("html: tricky markup (CRLF, upper case, implied tags, odd entities) aligns everywhere") {
  auto source = core::read_source_file(fixture_path("tricky.html"));
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE(doc.ok());
  CHECK(scrapers_test::span_problems(*doc).empty());
  for (const auto& p : scrapers_test::span_problems(*doc)) INFO(p);
  CHECK(doc->warnings.empty());
  for (const auto& w : doc->warnings) INFO(w.format());
  CHECK(compare_golden("tricky.html.golden", dump_document(*doc)) == "");
}

TEST_CASE("html: a definition list reads as a two-column table") {
  core::Document doc = read_html(
      "<html><body><h2>Specs</h2><dl><dt>Memory</dt><dd>24 GB</dd>"
      "<div><dt>TDP</dt><dd>72&nbsp;W</dd></div></dl></body></html>");
  const core::Block* tdp = find_block(doc, "TDP");
  REQUIRE(tdp);
  CHECK(tdp->kind == core::BlockKind::table_cell);
  CHECK(tdp->row == 1);
  CHECK(tdp->column == 0);
  CHECK(tdp->header);
  const core::Block* watts = find_block(doc, "72");
  REQUIRE(watts);
  CHECK(watts->row == 1);
  CHECK(watts->column == 1);
  CHECK_FALSE(watts->header);
  CHECK(watts->table == tdp->table);
  CHECK(source_of(doc, *watts, 0, watts->text.size()) == "72&nbsp;W");
  CHECK(watts->section == 0);
}

TEST_CASE("html: markup libxml2 ignores inside text and content after </body> keep exact spans") {
  core::Document doc = read_html("<p>24 GB</b> of <html>GDDR6</ul></p></body></html>\n<p>tail 72 W</p>");
  CHECK(scrapers_test::span_problems(doc).empty());
  CHECK(doc.warnings.empty());
  const core::Block* memory = find_block(doc, "24 GB");
  REQUIRE(memory);
  CHECK(memory->text == "24 GB of GDDR6");
  CHECK(source_of(doc, *memory, 0, memory->text.size()) == "24 GB</b> of <html>GDDR6");
  const core::Block* tail = find_block(doc, "tail");
  REQUIRE(tail);
  CHECK(source_of(doc, *tail, 5, 4) == "72 W");
}
