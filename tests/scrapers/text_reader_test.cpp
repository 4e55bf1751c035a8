// Tests scrapers/read/text_reader (pages saved as text) against golden dumps and pinned spans.
#include <catch2/catch.hpp>

#include "document_dump.h"
#include "scrapers/read/read_document.h"

using scrapers_test::compare_golden;
using scrapers_test::dump_document;
using scrapers_test::find_block;
using scrapers_test::fixture_path;
using scrapers_test::where;

namespace {

core::Document read_path(const std::string& path) {
  auto source = core::read_source_file(path);
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE(doc.ok());
  return std::move(*doc);
}

core::Document read_text(const std::string& bytes) {
  auto doc = scrapers::read_document(core::Source("inline.txt", bytes), "text");
  REQUIRE(doc.ok());
  return std::move(*doc);
}

}  // namespace

TEST_CASE("text fixture matches its golden dump") {
  core::Document doc = read_path(fixture_path("page.txt"));
  CHECK(doc.format == "text");
  CHECK(compare_golden("page.txt.golden", dump_document(doc)) == "");
}

TEST_CASE("text: list items, headings and table cells") {
  core::Document doc = read_path(fixture_path("page.txt"));
  CHECK(doc.title == "NVIDIA L4");
  REQUIRE(!doc.blocks.empty());
  CHECK(doc.blocks[0].kind == core::BlockKind::heading);
  CHECK(doc.blocks[0].level == 1);

  const core::Block* limiter = find_block(doc, "Bandwidth is the hard limiter");
  REQUIRE(limiter);
  CHECK(limiter->kind == core::BlockKind::list_item);
  CHECK(where(doc, limiter->span().begin) == "4:3");
  const core::Block* nested = find_block(doc, "nested point");
  REQUIRE(nested);
  CHECK(nested->level == 2);
  const core::Block* bullet = find_block(doc, "Bullet with");
  REQUIRE(bullet);
  CHECK(bullet->kind == core::BlockKind::list_item);
  CHECK(where(doc, bullet->span().begin) == "6:3");

  const core::Block* vram = find_block(doc, "24 GB");
  REQUIRE(vram);
  const core::Block* vram_value = nullptr;
  for (const auto& b : doc.blocks) {
    if (b.kind == core::BlockKind::table_cell && b.text == "24 GB" && b.table == 0) vram_value = &b;
  }
  REQUIRE(vram_value);
  CHECK(vram_value->row == 0);
  CHECK(vram_value->column == 1);
  CHECK_FALSE(vram_value->header);
  CHECK(where(doc, vram_value->span().begin) == "8:10");
  CHECK(where(doc, vram_value->span().end) == "8:15");
  const core::Block* label = find_block(doc, "Power draw (peak)");
  REQUIRE(label);
  CHECK(label->header);  // first column labels the row
  CHECK(label->column == 0);

  // A separator row makes the first row a header row; a blank line starts a new table.
  const core::Block* card = find_block(doc, "Card");
  REQUIRE(card);
  CHECK(card->table == 1);
  CHECK(card->header);
  const core::Block* l4 = nullptr;
  for (const auto& b : doc.blocks) {
    if (b.table == 1 && b.text == "L4") l4 = &b;
  }
  REQUIRE(l4);
  CHECK(l4->row == 1);
  CHECK_FALSE(l4->header);

  const core::Block* glued = find_block(doc, "Blackwellnvidia");
  REQUIRE(glued);
  CHECK(glued->text == "7.5/10NVIDIA RTX PRO 4500 Blackwellnvidia \xC2\xB7 32 GB VRAM");
  const core::Block* last = &doc.blocks.back();
  CHECK(last->text == "Where next?");
  CHECK(last->kind == core::BlockKind::paragraph);
}

TEST_CASE("text: a line is a heading only when it looks like one") {
  core::Document doc = read_text("Specs\nThe card has 24 GB of memory and a 72 W TDP.\nWhat is the TDP?\nIt is 72 W.\nends with a colon:\nBody text that is long enough to be body text.\n");
  REQUIRE(doc.blocks.size() == 6);
  CHECK(doc.blocks[0].kind == core::BlockKind::heading);
  CHECK(doc.blocks[1].kind == core::BlockKind::paragraph);
  CHECK(doc.blocks[1].section == 0);
  CHECK(doc.blocks[2].kind == core::BlockKind::paragraph);  // a question is not a heading
  CHECK(doc.blocks[4].kind == core::BlockKind::paragraph);  // lower case, ends with ':'
}

TEST_CASE("text: CRLF and invalid UTF-8 are warnings with positions, text keeps U+FFFD") {
  core::Document doc = read_path(fixture_path("crlf_invalid.txt"));
  REQUIRE(doc.blocks.size() == 3);
  const core::Block& body = doc.blocks[1];
  CHECK(body.text == "Body \xEF\xBF\xBD\xEF\xBF\xBD here.");
  // Each U+FFFD maps to its one bad byte.
  CHECK(where(doc, body.span_of(5, 8).begin) == "2:6");
  CHECK(body.span_of(5, 8).size() == 1);
  CHECK(body.span_of(8, 11).begin == body.span_of(5, 8).end);
  CHECK(where(doc, body.span().end) == "2:14");  // before "\r\n"
  const core::Block& item = doc.blocks[2];
  CHECK(item.kind == core::BlockKind::list_item);
  CHECK(item.text == "item \xEF\xBF\xBD( x");
  REQUIRE(doc.warnings.size() == 2);
  CHECK(doc.warnings[0].code == core::ErrorCode::encoding);
  CHECK(doc.warnings[0].position.line == 2);
  CHECK(doc.warnings[0].position.column == 6);
  CHECK(doc.warnings[0].message.find("0xFF") != std::string::npos);
  CHECK(doc.warnings[1].position.line == 3);
  CHECK(doc.warnings[1].position.column == 8);
}

TEST_CASE("a product page saved as text stays text") {
  core::Document doc = read_path(fixture_path("saved_page.txt"));
  CHECK(doc.format == "text");
  CHECK(compare_golden("saved_page.golden", dump_document(doc)) == "");
  const core::Block* power = find_block(doc, "Power draw (peak)");
  REQUIRE(power);
  CHECK(power->kind == core::BlockKind::table_cell);
  CHECK(where(doc, power->span().begin) == "13:3");
}

TEST_CASE("text: columns laid out with spaces are a table, prose with two spaces is not") {
  core::Document doc = read_text(
      "Card          Time per frame   Power seen\n"
      "RTX 4090      3 min 34 s          431 W\n"
      "RTX 5090      2 min 41 s          548 W\n"
      "\n"
      "The RTX 4090 is a big card.  It has 16,384 cores.\n"
      "The RTX 4080 is smaller now.  It has 9,728 cores.\n");
  std::vector<const core::Block*> cells;
  for (const auto& b : doc.blocks) {
    if (b.kind == core::BlockKind::table_cell) cells.push_back(&b);
  }
  REQUIRE(cells.size() == 9);
  CHECK(cells[2]->text == "Power seen");
  CHECK(cells[2]->row == 0);
  CHECK(cells[5]->text == "431 W");  // right-aligned under its header's end
  CHECK(cells[5]->row == 1);
  CHECK(cells[5]->column == 2);
  CHECK(cells[7]->text == "2 min 41 s");
  CHECK(cells[3]->header);  // the first column holds the row labels
  const auto* prose = find_block(doc, "The RTX 4090 is a big card.");
  REQUIRE(prose != nullptr);
  CHECK(prose->kind == core::BlockKind::paragraph);
}

TEST_CASE("text: lines whose gaps do not line up stay lines") {
  core::Document doc = read_text(
      "Memory    24 GB\n"
      "Boost clock at stock settings      2520 MHz\n");
  for (const auto& b : doc.blocks) CHECK(b.kind != core::BlockKind::table_cell);
}

TEST_CASE("text: a sentence wrapped over lines is one paragraph; a line that ends its sentence ends it") {
  core::Document doc = read_text(
      "The RTX 5070 Laptop GPU is the GB206 chip\n"
      "with 8 GB of GDDR7.\n"
      "TDP: 115 W\n"
      "Memory: 8 GB\n"
      "- The RTX 4070 Super had 7,168 CUDA cores, and the RX 7800 XT\n"
      "  offered a 2,600 MHz boost\n");
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].text == "The RTX 5070 Laptop GPU is the GB206 chip with 8 GB of GDDR7.");
  CHECK(where(doc, doc.blocks[0].span().begin) == "1:1");
  CHECK(where(doc, doc.blocks[0].span().end) == "2:20");
  CHECK(scrapers_test::span_problems(doc).empty());
  CHECK(doc.blocks[1].text == "TDP: 115 W");
  CHECK(doc.blocks[3].kind == core::BlockKind::list_item);
  CHECK(doc.blocks[3].text == "The RTX 4070 Super had 7,168 CUDA cores, and the RX 7800 XT offered a 2,600 MHz boost");
}
