// Tests scrapers/read/markdown_reader (md4c, front matter, HTML blocks inside Markdown) against golden dumps and pinned spans.
#include <catch2/catch.hpp>

#include "document_dump.h"
#include "scrapers/read/markdown_reader.h"
#include "scrapers/read/read_document.h"

using scrapers_test::compare_golden;
using scrapers_test::dump_document;
using scrapers_test::find_block;
using scrapers_test::fixture_path;
using scrapers_test::where;

namespace {

core::Document read_fixture(const std::string& path) {
  auto source = core::read_source_file(path);
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE(doc.ok());
  return std::move(*doc);
}

// "line:col-line:col" of text[b, e) of a block.
std::string span_at(const core::Document& doc, const core::Block& b, size_t pos, size_t len) {
  core::Span s = b.span_of(pos, pos + len);
  return where(doc, s.begin) + "-" + where(doc, s.end);
}

}  // namespace

TEST_CASE("markdown fixture matches its golden dump") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  CHECK(doc.format == "markdown");
  CHECK(compare_golden("article.md.golden", dump_document(doc)) == "");
}

TEST_CASE("markdown: front matter gives the title and is not text") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  CHECK(doc.title == "RTX 4070 vs. L4: a test article");
  CHECK(find_block(doc, "tags:") == nullptr);
  REQUIRE(!doc.blocks.empty());
  CHECK(doc.blocks[0].kind == core::BlockKind::heading);
  CHECK(doc.blocks[0].text == "Mid-Range GPUs");
}

TEST_CASE("markdown: bold list lead has an exact span") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  const core::Block* b = find_block(doc, "CUDA Cores");
  REQUIRE(b);
  CHECK(b->kind == core::BlockKind::list_item);
  CHECK(b->level == 1);
  CHECK(b->text == "CUDA Cores: 5888");
  REQUIRE(b->strong.size() == 1);
  CHECK(b->text.substr(b->strong[0].begin, b->strong[0].end - b->strong[0].begin) == "CUDA Cores");
  CHECK(span_at(doc, *b, b->strong[0].begin, 10) == "15:5-15:15");
  CHECK(span_at(doc, *b, b->text.find("5888"), 4) == "15:19-15:23");
  const core::Block* nested = find_block(doc, "nested:");
  REQUIRE(nested);
  CHECK(nested->level == 2);
}

TEST_CASE("markdown: entity, link text and soft break keep exact spans") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  const core::Block* p = find_block(doc, "GDDR6 &");
  REQUIRE(p);
  CHECK(p->text == "The L4 has 24 GB of GDDR6 & a 72 W TDP.\nIt draws less power than the RTX 4070.");
  size_t amp = p->text.find('&');
  CHECK(span_at(doc, *p, amp, 1) == "8:31-8:36");  // all of "&amp;"
  size_t nl = p->text.find('\n');
  CHECK(span_at(doc, *p, nl, 1) == "8:48-9:1");
  CHECK(span_at(doc, *p, p->text.find("RTX 4070"), 8) == "9:31-9:39");
  CHECK(find_block(doc, "example.com") == nullptr);  // URLs and the image are dropped
}

TEST_CASE("markdown: GFM table cells carry coordinates and spans") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  const core::Block* cell = find_block(doc, "12 GB");
  REQUIRE(cell);
  CHECK(cell->kind == core::BlockKind::table_cell);
  CHECK(cell->table == 0);
  CHECK(cell->row == 1);
  CHECK(cell->column == 2);
  CHECK_FALSE(cell->header);
  CHECK(span_at(doc, *cell, 0, cell->text.size()) == "26:20-26:25");
  const core::Block* head = find_block(doc, "NVIDIA L4 |");
  CHECK(head == nullptr);
  for (const auto& b : doc.blocks) {
    if (b.table == 0 && b.row == 0) CHECK(b.header);
  }
}

TEST_CASE("markdown: a one-line HTML table keeps byte spans in the file") {
  core::Document doc = read_fixture(fixture_path("article.md"));
  const core::Block* bw = find_block(doc, "300.1");
  REQUIRE(bw);
  CHECK(bw->kind == core::BlockKind::table_cell);
  CHECK(bw->table == 1);
  CHECK(bw->row == 1);
  CHECK(bw->column == 1);
  CHECK(bw->text == "300.1\xC2\xA0GB/s");
  CHECK(span_at(doc, *bw, 0, 5) == "29:335-29:340");
  CHECK(span_at(doc, *bw, 5, 2) == "29:340-29:346");  // &nbsp;
  const core::Block* maker = find_block(doc, "AT&T");
  REQUIRE(maker);
  CHECK(maker->text == "AT&T\xE2\x80\x99s lab");
  CHECK(span_at(doc, *maker, 2, 1) == "29:448-29:453");  // &amp;
  CHECK(span_at(doc, *maker, 4, 3) == "29:454-29:461");  // &#8217;
  // No <th>, and the first row is all bold: it is the header row.
  const core::Block* feature = find_block(doc, "Feature");
  REQUIRE(feature);
  CHECK(feature->header);
  CHECK(feature->row == 0);
  CHECK_FALSE(bw->header);
}

TEST_CASE("markdown: BOM and CRLF") {
  core::Document doc = read_fixture(fixture_path("bom_crlf.md"));
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].text == "Heading");
  CHECK(where(doc, doc.blocks[0].span().begin) == "1:3");
  const core::Block& p = doc.blocks[1];
  CHECK(p.text == "Some bold text\nnext line.");
  size_t nl = p.text.find('\n');
  CHECK(p.span_of(nl, nl + 1).size() == 2);  // "\r\n"
  CHECK(where(doc, p.span_of(p.text.find("next"), p.text.size()).begin) == "4:1");
  REQUIRE(p.strong.size() == 1);
  CHECK(where(doc, p.span_of(p.strong[0].begin, p.strong[0].end).begin) == "3:8");
}

TEST_CASE("Markdown saved as .txt (a blog export) reads as Markdown with exact spans") {
  core::Document doc = read_fixture(fixture_path("saved_markdown.txt"));
  CHECK(doc.format == "markdown");
  CHECK(doc.title == "Two Ada Cards Side by Side: a Test Article");
  CHECK(compare_golden("saved_markdown.golden", dump_document(doc)) == "");
  // Line 33 holds the whole comparison table on one line.
  const core::Block* tdp = nullptr;
  for (const auto& b : doc.blocks) {
    if (b.kind == core::BlockKind::table_cell && b.text == "72 Watt") tdp = &b;
  }
  REQUIRE(tdp);
  CHECK(doc.source.position(tdp->span().begin).line == 33);
  CHECK(doc.source.line_text(33).substr(doc.source.position(tdp->span().begin).column - 1, 7) == "72 Watt");
  CHECK(tdp->column == 1);
  const core::Block* cuda = find_block(doc, "CUDA Cores: 5888");
  REQUIRE(cuda);
  CHECK(where(doc, cuda->span_of(12, 16).begin) == "18:19");
}

TEST_CASE("markdown: an HTML block inside a block quote or list item is read without the container markup") {
  std::string md =
      "> <table>\n"
      "> <tr><td>Memory</td><td>24 GB</td></tr>\n"
      "> </table>\n"
      "\n"
      "- Item\n"
      "\n"
      "  <div>\n"
      "  <p>TDP &gt; 70 W</p>\n"
      "  </div>\n";
  auto doc = scrapers::read_document(core::Source("quoted.md", md), "markdown");
  REQUIRE(doc.ok());
  CHECK(scrapers_test::span_problems(*doc).empty());
  const core::Block* memory = find_block(*doc, "24 GB");
  REQUIRE(memory);
  CHECK(memory->text == "24 GB");
  CHECK(memory->kind == core::BlockKind::table_cell);
  CHECK(where(*doc, memory->span().begin) == "2:26");
  const core::Block* tdp = find_block(*doc, "TDP");
  REQUIRE(tdp);
  CHECK(tdp->text == "TDP > 70 W");
  CHECK(where(*doc, tdp->span().begin) == "8:6");
  for (const auto& b : doc->blocks) CHECK(b.text.rfind(">", 0) == std::string::npos);
}

TEST_CASE("markdown: delimiter rows of one or two dashes make a table, as on GitHub, and spans stay the file's") {
  const std::string md =
      "| | T4 | L4 |\n"
      "|--|-|:-:|\n"
      "| Memory | 16 GB | 24 GB |\n"
      "\n"
      "Title\n"
      "--\n"
      "\n"
      "After the table, 72 W.\n";
  auto doc = scrapers::read_document(core::Source("short.md", md), "markdown");
  REQUIRE(doc.ok());
  const core::Block* cell = find_block(*doc, "24 GB");
  REQUIRE(cell);
  CHECK(cell->kind == core::BlockKind::table_cell);
  CHECK(cell->row == 1);
  CHECK(cell->column == 2);
  CHECK(span_at(*doc, *cell, 0, cell->text.size()) == "3:20-3:25");
  // A setext underline has no pipe: still a heading.
  const core::Block* title = find_block(*doc, "Title");
  REQUIRE(title);
  CHECK(title->kind == core::BlockKind::heading);
  const core::Block* after = find_block(*doc, "72 W");
  REQUIRE(after);
  CHECK(span_at(*doc, *after, after->text.find("72 W"), 4) == "8:18-8:22");
}
