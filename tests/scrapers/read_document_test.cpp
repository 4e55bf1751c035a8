// Tests scrapers/read/read_document: the entry point's errors and format dispatch.
#include <catch2/catch.hpp>

#include "document_dump.h"
#include "scrapers/read/read_document.h"

using scrapers_test::fixture_path;

TEST_CASE("binary junk is an error naming the file") {
  auto source = core::read_source_file(fixture_path("junk.bin"));
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error().code == core::ErrorCode::encoding);
  CHECK(doc.error().position.file == fixture_path("junk.bin"));
  CHECK(doc.error().message.find("binary") != std::string::npos);

  auto nul = scrapers::read_document(core::Source("notes.md", std::string("# A\0B\n", 6)));
  CHECK_FALSE(nul.ok());
  auto utf16 = scrapers::read_document(core::Source("notes.txt", std::string("\xFF\xFE#\0 \0A\0", 8)));
  REQUIRE_FALSE(utf16.ok());
  CHECK(utf16.error().message.find("UTF-16") != std::string::npos);
  CHECK(utf16.error().position.file == "notes.txt");
}

TEST_CASE("a hint picks the reader and the Document says which") {
  auto as_text = scrapers::read_document(core::Source("x", "# Title\n\nBody.\n"), "text");
  REQUIRE(as_text.ok());
  CHECK(as_text->format == "text");
  CHECK(as_text->blocks.front().text == "# Title");
  auto as_md = scrapers::read_document(core::Source("x", "# Title\n\nBody.\n"), "markdown");
  REQUIRE(as_md.ok());
  CHECK(as_md->format == "markdown");
  CHECK(as_md->blocks.front().text == "Title");
  CHECK(as_md->title == "Title");
}

TEST_CASE("an empty file is an empty Document, not an error") {
  auto doc = scrapers::read_document(core::Source("empty.md", ""));
  REQUIRE(doc.ok());
  CHECK(doc->blocks.empty());
}

TEST_CASE("every fixture maps each text byte to the source byte it came from") {
  for (std::string path : {fixture_path("article.md"), fixture_path("bom_crlf.md"), fixture_path("page.html"),
                           fixture_path("tricky.html"), fixture_path("page.txt"), fixture_path("crlf_invalid.txt"),
                           fixture_path("datasheet.pdf"), fixture_path("saved_page.txt"),
                           fixture_path("saved_markdown.txt")}) {
    INFO(path);
    auto source = core::read_source_file(path);
    REQUIRE(source.ok());
    auto doc = scrapers::read_document(std::move(*source));
    REQUIRE(doc.ok());
    CHECK_FALSE(doc->blocks.empty());
    auto problems = scrapers_test::span_problems(*doc);
    for (const auto& p : problems) INFO(p);
    CHECK(problems.empty());
  }
}

TEST_CASE("the span checker catches a wrong mapping") {
  core::Document doc;
  doc.source = core::Source("x.txt", "24 GB");
  core::Block b;
  b.append_mapped("24 GB", 0);
  b.starts[3] = b.starts[3] - 1;  // 'G' claims to come from ' '
  b.ends[3] = b.starts[3] + 1;
  doc.blocks.push_back(b);
  CHECK(scrapers_test::span_problems(doc).size() == 1);
}
