// Tests scrapers/sites/spec_sheet against the bundled vendor pages in datasets/sources/pages.
#include <catch2/catch.hpp>

#include "scrapers/read/read_document.h"
#include "scrapers/sites/spec_sheet.h"

namespace {

core::Document page(const std::string& name) {
  auto src = core::read_source_file(std::string(FACTCHECK_SOURCE_DIR) + "/datasets/sources/pages/" + name);
  REQUIRE(src.ok());
  auto doc = scrapers::read_document(std::move(*src), "html");
  REQUIRE(doc.ok());
  return std::move(*doc);
}

}  // namespace

TEST_CASE("spec sheet: each site's default selectors find its spec rows, headed by the page's GPU") {
  auto l4 = scrapers::read_spec_sheet(page("nvidia-l4.html"), scrapers::Site::nvidia, {}, "");
  CHECK(l4.rows == 11);
  CHECK(l4.subject == "NVIDIA L4 Tensor Core GPU");
  REQUIRE(l4.document.blocks.size() > 2);
  CHECK(l4.document.blocks[0].kind == core::BlockKind::heading);
  auto amd = scrapers::read_spec_sheet(page("amd-instinct-mi300x.html"), scrapers::Site::amd, {}, "AMD Instinct MI300X");
  CHECK(amd.rows == 11);
  CHECK(amd.subject == "AMD Instinct MI300X");
  auto intel = scrapers::read_spec_sheet(page("intel-arc-b580.html"), scrapers::Site::intel, {}, "Intel Arc B580");
  CHECK(intel.rows == 11);
  // Cells keep their exact bytes in the page.
  for (const auto& b : intel.document.blocks) {
    if (b.kind != core::BlockKind::table_cell) continue;
    auto span = b.span();
    CHECK(intel.document.source.bytes().substr(span.begin, span.end - span.begin).find(b.text) != std::string::npos);
  }
}

TEST_CASE("spec sheet: explicit XPath selectors narrow the rows; a page without the table has none") {
  auto h100 = scrapers::read_spec_sheet(page("nvidia-h100.html"), scrapers::Site::nvidia,
                                        {"//table//tr[td[1][contains(., 'Memory')]]"}, "");
  CHECK(h100.rows == 2);
  auto article = scrapers::read_spec_sheet(page("intel-arc-b580.html"), scrapers::Site::nvidia, {}, "");
  CHECK(article.rows == 0);
  CHECK(scrapers::valid_xpath("//table"));
  std::string why;
  CHECK_FALSE(scrapers::valid_xpath("//table[", &why));
  CHECK(why.find("XPath") != std::string::npos);
}
