// Tests the readers' small parts: scrapers/read/utf8_scan, entity_decode, table_grid, html_text_aligner, block_builder.
#include <catch2/catch.hpp>

#include "scrapers/read/block_builder.h"
#include "scrapers/read/entity_decode.h"
#include "scrapers/read/html_text_aligner.h"
#include "scrapers/read/table_grid.h"
#include "scrapers/read/utf8_scan.h"

using namespace scrapers::read;

TEST_CASE("utf8 scan: BOM, valid text, invalid bytes") {
  Utf8Scan ok = scan_utf8("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F \xE2\x80\x94 \xF0\x9F\x98\x80");
  CHECK(ok.bom == 3);
  CHECK(ok.invalid_offsets.empty());
  Utf8Scan bad = scan_utf8("a\xC0\xAF b\xED\xA0\x80 c\xE2\x82");
  // Overlong "/", a surrogate and a truncated sequence are all invalid, byte by byte.
  CHECK(bad.invalid_offsets == std::vector<size_t>{1, 2, 5, 6, 7, 10, 11});
  CHECK(bad.clean.size() == 12);
  CHECK(bad.clean == "a?? b??? c??");
  core::Source src("f.txt", "a\xC0\xAF b\xED\xA0\x80 c\xE2\x82");
  auto warnings = utf8_warnings(src, bad);
  REQUIRE(warnings.size() == 3);  // one per run of bad bytes
  CHECK(warnings[0].position.column == 2);
  CHECK(warnings[0].message.find("0xC0") != std::string::npos);
  CHECK(warnings[0].message.find("1 more") != std::string::npos);
}

TEST_CASE("binary detection") {
  CHECK(looks_binary(std::string("ab\0cd", 5)));
  CHECK_FALSE(looks_binary("plain text\r\nwith CRLF\tand tabs\n"));
  CHECK_FALSE(looks_binary("caf\xE9 au lait, one Latin-1 byte in a long enough line of text"));
  std::string noise;
  for (int i = 0; i < 200; ++i) noise.push_back(static_cast<char>(0x80 + (i * 37) % 0x40));
  CHECK(looks_binary(noise));
}

TEST_CASE("entity decoding") {
  auto amp = decode_entity("&amp;rest");
  REQUIRE(amp);
  CHECK(amp->text == "&");
  CHECK(amp->length == 5);
  auto nbsp = decode_entity("&nbsp;");
  REQUIRE(nbsp);
  CHECK(nbsp->text == "\xC2\xA0");
  auto dec = decode_entity("&#8217;s");
  REQUIRE(dec);
  CHECK(dec->text == "\xE2\x80\x99");
  CHECK(dec->length == 7);
  auto hex = decode_entity("&#x2014;");
  REQUIRE(hex);
  CHECK(hex->text == "\xE2\x80\x94");
  CHECK_FALSE(decode_entity("&amp"));        // libxml2 keeps it literal too
  CHECK_FALSE(decode_entity("&notanentity;"));
  CHECK_FALSE(decode_entity("& 5"));
  auto zero = decode_entity("&#0;");
  REQUIRE(zero);
  CHECK(zero->text == "\xEF\xBF\xBD");
}

TEST_CASE("table grid expands spans") {
  TableGrid g;
  g.start_row();
  CHECK(g.place(1, 2) == 0);  // rowspan 2
  CHECK(g.place(2, 1) == 1);
  g.start_row();
  CHECK(g.place(1, 1) == 1);  // column 0 is covered from above
  CHECK(g.place(1, 1) == 2);
  g.start_row();
  CHECK(g.place(1, 1) == 0);
}

TEST_CASE("aligner finds text nodes past markup, entities and script bodies") {
  std::string raw = "<p title=\"a>b\">x</p><script>var t='AT&amp;T';</script><p>AT&amp;T &#8217;</p>";
  HtmlTextAligner a(raw, 0, raw.size());
  auto x = a.align("x");
  REQUIRE(x);
  CHECK((*x)[0].raw_begin == raw.find(">x<") + 1);
  auto att = a.align("AT&T \xE2\x80\x99");
  REQUIRE(att);
  REQUIRE(att->size() == 4);
  CHECK((*att)[0].one_to_one);
  CHECK((*att)[0].raw_begin == raw.rfind("AT&amp;"));
  CHECK_FALSE((*att)[1].one_to_one);
  CHECK((*att)[1].raw_end - (*att)[1].raw_begin == 5);
  CHECK((*att)[3].raw_end - (*att)[3].raw_begin == 7);
  CHECK_FALSE(a.align("not there"));
}

TEST_CASE("block builder trims, collapses and keeps strong runs") {
  core::Document doc;
  std::string bytes = "  **24  GB**\n ";
  Utf8Scan scan = scan_utf8(bytes);
  BlockBuilder b(doc, scan);
  b.set_collapse_whitespace(true);
  core::Block proto;
  proto.kind = core::BlockKind::paragraph;
  b.begin(proto);
  b.append_source(0, 2);
  b.begin_strong();
  b.append_source(4, 10);
  b.end_strong();
  b.append_source(12, bytes.size());
  CHECK(b.finish());
  REQUIRE(doc.blocks.size() == 1);
  const core::Block& blk = doc.blocks[0];
  CHECK(blk.text == "24 GB");
  CHECK(blk.span_of(2, 3).begin == 6);  // the collapsed space covers both spaces
  CHECK(blk.span_of(2, 3).end == 8);
  REQUIRE(blk.strong.size() == 1);
  CHECK(blk.strong[0].begin == 0);
  CHECK(blk.strong[0].end == 5);
  b.begin(proto);
  b.append_source(0, 2);
  CHECK_FALSE(b.finish());  // whitespace only: dropped
  CHECK(doc.blocks.size() == 1);
}
