// Tests reports/claim_context: the words around a claim, from the document model.
#include <catch2/catch.hpp>

#include "reports/claim_context.h"

TEST_CASE("context comes from the block's shown text, cut to a window") {
  core::FileReport file;
  const std::string bytes = "| **CUDA Cores** | 7680 |\nThe L4 has a caf\xC3\xA9 and 24 GB of memory.\n";
  file.source = std::make_shared<core::Source>("a.md", bytes);
  auto doc = std::make_shared<core::Document>();
  core::Block cell;
  cell.kind = core::BlockKind::table_cell;
  cell.append_mapped("7680", bytes.find("7680"));
  core::Block para;
  para.append_mapped("The L4 has a caf\xC3\xA9 and 24 GB of memory.", bytes.find("The L4"));
  doc->blocks = {cell, para};
  file.document = doc;

  const size_t at = bytes.find("7680");
  const auto c = reports::claim_context(file, {at, at + 4}, 30);
  REQUIRE(c);
  CHECK(c->table_cell);
  CHECK(c->before.empty());
  CHECK(c->claim == "7680");

  const size_t gb = bytes.find("24 GB");
  const auto p = reports::claim_context(file, {gb, gb + 5}, 6);
  REQUIRE(p);
  CHECK_FALSE(p->table_cell);
  CHECK(p->claim == "24 GB");
  CHECK(p->before == "\xC3\xA9 and ");  // widened to the code point, not cut inside it
  CHECK(p->after == " of me");
  CHECK(p->cut_before);
  CHECK(p->cut_after);

  file.document = nullptr;
  CHECK_FALSE(reports::claim_context(file, {gb, gb + 5}, 6));
}
