// Tests scrapers/sites/aligned_rows through read_spec_sheet: a datasheet PDF's aligned columns become spec rows.
#include <catch2/catch.hpp>
#include <set>

#include "scrapers/read/read_document.h"
#include "scrapers/read/text_reader.h"
#include "scrapers/sites/spec_sheet.h"

namespace {

// The text reader's blocks of `text`, presented as a PDF's (the PDF reader hands its page
// text to the same line rules).
core::Document as_pdf(std::string text) {
  auto doc = scrapers::read::read_text(core::Source("sheet.pdf", std::move(text)));
  REQUIRE(doc.ok());
  doc->format = "pdf";
  return std::move(*doc);
}

std::vector<std::pair<std::string, std::string>> rows_of(const scrapers::SpecSheet& sheet) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& b : sheet.document.blocks) {
    if (b.kind != core::BlockKind::table_cell) continue;
    if (b.column == 0) rows.emplace_back(b.text, "");
    else rows.back().second = b.text;
  }
  return rows;
}

}  // namespace

TEST_CASE("datasheet pdf: the bundled L4 datasheet's aligned columns are its spec rows, under its title") {
  auto src = core::read_source_file(std::string(FACTCHECK_SOURCE_DIR) + "/datasets/sources/datasheets/nvidia-l4-datasheet.pdf");
  REQUIRE(src.ok());
  auto doc = scrapers::read_document(std::move(*src), "pdf");
  REQUIRE(doc.ok());
  auto sheet = scrapers::read_spec_sheet(*doc, scrapers::Site::nvidia, {}, "");
  CHECK(sheet.subject == "NVIDIA L4 Tensor Core GPU");
  CHECK(sheet.rows == 10);
  auto rows = rows_of(sheet);
  REQUIRE(rows.size() == 10);
  CHECK(rows[4] == std::pair<std::string, std::string>{"GPU Memory", "24 GB GDDR6"});
  CHECK(rows[7] == std::pair<std::string, std::string>{"Max Thermal Design Power (TDP)", "72 W"});
  // Every cell keeps its exact bytes in the page text.
  for (const auto& b : sheet.document.blocks) {
    if (b.kind != core::BlockKind::table_cell) continue;
    auto span = b.span();
    CHECK(sheet.document.source.bytes().substr(span.begin, span.size()) == b.text);
  }
}

TEST_CASE("datasheet pdf: rows need two columns aligned over at least two lines; body text is no row") {
  auto sheet = scrapers::read_spec_sheet(as_pdf("NVIDIA L4\n"
                                                "GPU Memory        24 GB GDDR6\n"
                                                "Memory Bandwidth  300 GB/s\n"
                                                "The card draws  72 W in  most servers  we tried.\n"
                                                "Lonely label      7 W\n"
                                                "Then a line with a gap   here.\n"
                                                "FP32              30.3 TFLOPS\n"
                                                "FP64   0.47 TFLOPS\n"
                                                "Base    795 MHz   1000 MHz\n"),
                                         scrapers::Site::nvidia, {}, "NVIDIA L4");
  auto rows = rows_of(sheet);
  // The first two lines align; a justified line has many gaps; a row alone, or one whose
  // value starts at another column, is no table; a third column is another GPU's.
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].first == "GPU Memory");
  CHECK(rows[1] == std::pair<std::string, std::string>{"Memory Bandwidth", "300 GB/s"});
  CHECK(sheet.rows == 2);

  auto two_tables = scrapers::read_spec_sheet(as_pdf("GPU Memory   24 GB\nTDP          72 W\n"
                                                     "Boost Clock       2040 MHz\nBase Clock        795 MHz\n"),
                                              scrapers::Site::nvidia, {}, "NVIDIA L4");
  CHECK(two_tables.rows == 4);
  std::set<int> tables;
  for (const auto& b : two_tables.document.blocks) {
    if (b.kind == core::BlockKind::table_cell) tables.insert(b.table);
  }
  CHECK(tables.size() == 2);
}
