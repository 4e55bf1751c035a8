// Tests scrapers/read/pdf_reader (poppler-cpp) on a hand-written two-page PDF (tests/fixtures/scrapers/make_datasheet_pdf.py).
#include <catch2/catch.hpp>

#include "document_dump.h"
#include "scrapers/read/read_document.h"

using scrapers_test::find_block;
using scrapers_test::fixture_path;

TEST_CASE("pdf: text per page, spans carry page and line") {
  auto source = core::read_source_file(fixture_path("datasheet.pdf"));
  REQUIRE(source.ok());
  auto doc = scrapers::read_document(std::move(*source));
  REQUIRE(doc.ok());
  CHECK(doc->format == "pdf");
  CHECK(doc->title == "NVIDIA L4 Datasheet");
  CHECK(doc->source.name() == fixture_path("datasheet.pdf"));
  const core::Block* memory = find_block(*doc, "GPU Memory");
  REQUIRE(memory);
  size_t at = memory->text.find("24 GB");
  REQUIRE(at != std::string::npos);
  core::Position p = doc->source.position(memory->span_of(at, at + 5).begin);
  CHECK(p.page == 1);
  CHECK(p.line == 2);
  core::Span s = memory->span_of(at, at + 5);
  CHECK(doc->source.bytes().substr(s.begin, s.size()) == "24 GB");

  const core::Block* bw = find_block(*doc, "Memory Bandwidth");
  REQUIRE(bw);
  core::Position q = doc->source.position(bw->span().begin);
  CHECK(q.page == 2);
  CHECK(q.line == 5);
  const core::Block* spec = find_block(*doc, "Specifications");
  REQUIRE(spec);
  CHECK(doc->source.position(spec->span().begin).page == 2);
}

TEST_CASE("pdf: a file that is not a PDF is an error naming it") {
  auto bad = scrapers::read_document(core::Source("datasheet.pdf", "just some text\n"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().position.file == "datasheet.pdf");
  CHECK(bad.error().message.find("PDF") != std::string::npos);

  auto source = core::read_source_file(fixture_path("broken.pdf"));
  REQUIRE(source.ok());
  auto broken = scrapers::read_document(std::move(*source));
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().position.file == fixture_path("broken.pdf"));
  CHECK(broken.error().format().find("broken.pdf") != std::string::npos);
}
