// Tests of extract/extractor: whole documents in Markdown, HTML and text; order, spans back to source bytes, skipped code.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using extract::Attribution;
using extract_test::extract_text;

namespace {

std::string source_text(const extract_test::Extracted& e, const extract::Claim& c) {
  return e.doc.source.bytes().substr(c.span.begin, c.span.end - c.span.begin);
}

}  // namespace

TEST_CASE("claims come in document order with spans on their source bytes", "[extractor]") {
  auto e = extract_text(
      "# NVIDIA L4 review\n"
      "\n"
      "The L4 has **24 GB** of memory.\n"
      "\n"
      "| Spec | L4 |\n"
      "|---|---|\n"
      "| TDP | 72 W |\n"
      "\n"
      "It is built on the Ada Lovelace architecture.\n");
  INFO(e.dump());
  REQUIRE(e.claims().size() == 3);
  CHECK(e.claims()[0].field == "memory_size");
  CHECK(e.claims()[1].field == "tdp");
  CHECK(e.claims()[2].field == "architecture");
  CHECK(e.claims()[2].text_value == "Ada Lovelace");
  CHECK(e.claims()[2].gpu.attributed_by == Attribution::heading);
  for (const auto& c : e.claims()) {
    CHECK(source_text(e, c) == c.text);
    CHECK(c.block >= 0);
    CHECK(c.sentence.begin <= c.span.begin);
    CHECK(c.span.end <= c.sentence.end);
  }
  CHECK(e.where(e.claims()[0]) == "3:14");
  CHECK(e.where(e.claims()[1]) == "7:9");
}

TEST_CASE("code blocks are read for positions but never claimed", "[extractor]") {
  auto e = extract_text(
      "# NVIDIA L4\n"
      "\n"
      "```\n"
      "L4: 48 GB, 350 W\n"
      "```\n"
      "\n"
      "    The L4 has 96 GB.\n"
      "\n"
      "The L4 has 24 GB of memory.\n");
  INFO(e.dump());
  REQUIRE(e.claims().size() == 1);
  CHECK(e.where(e.claims()[0]) == "9:12");
}

TEST_CASE("HTML pages: entities decoded, spans cover the entity bytes", "[extractor]") {
  auto e = extract_text(
      "<!doctype html><html><head><title>NVIDIA L40S review</title></head><body>\n"
      "<p>The card has 48&nbsp;GB of GDDR6 &amp; draws 350 W.</p>\n"
      "</body></html>\n",
      "html");
  INFO(e.dump());
  const auto& size = e.one("memory_size", "48\xC2\xA0GB");
  CHECK(size.gpu.id == "nvidia-l40s");
  CHECK(size.gpu.attributed_by == Attribution::page_subject);
  CHECK(source_text(e, size) == "48&nbsp;GB");
  CHECK(e.where(size) == "2:17");
  CHECK(e.where(e.one("tdp", "350 W")) == "2:49");
}

TEST_CASE("plain text: each line is a block; a first line naming a GPU is the subject", "[extractor]") {
  auto e = extract_text("NVIDIA L4 notes\n\nIt has 24 GB of memory.\nThe L40S has 48 GB.\n", "text");
  INFO(e.dump());
  REQUIRE(e.claims().size() == 2);
  CHECK(e.claims()[0].gpu.id == "nvidia-l4");
  CHECK(e.claims()[1].gpu.id == "nvidia-l40s");
  CHECK(e.claims()[1].gpu.attributed_by == Attribution::same_clause);
  CHECK(e.where(e.claims()[1]) == "4:14");
}

TEST_CASE("a document without claims gives none, and an empty one too", "[extractor]") {
  CHECK(extract_text("# Hello\n\nNothing to check here.\n").claims().empty());
  CHECK(extract_text("").claims().empty());
  CHECK(extract_text("", "text").result.unresolved_mentions.empty());
}

TEST_CASE("unresolved names are listed once each, sorted", "[extractor]") {
  auto e = extract_text("# Rumours\n\nThe RTX 9999 beats the RTX 8888. The RTX 9999 again.\n");
  CHECK(e.result.unresolved_mentions == std::vector<std::string>{"RTX 8888", "RTX 9999"});
}

TEST_CASE("ClaimKind and Attribution have stable names", "[extractor]") {
  CHECK(std::string(extract::to_string(extract::ClaimKind::feasibility)) == "feasibility");
  CHECK(std::string(extract::to_string(extract::ClaimKind::ratio)) == "ratio");
  CHECK(std::string(extract::to_string(Attribution::table_header)) == "table_header");
  CHECK(std::string(extract::to_string(Attribution::page_subject)) == "page_subject");
  CHECK(std::string(extract::to_string(Attribution::none)) == "none");
}

TEST_CASE("Markdown entities and inline HTML in table cells keep exact source spans", "[extractor]") {
  auto e = extract_text(
      "# NVIDIA L4\n"
      "\n"
      "The L4 has 48&nbsp;GB of memory &mdash; and draws 99&#160;W.\n"
      "\n"
      "| Spec | L4 |\n"
      "|---|---|\n"
      "| TDP | <b>80 W</b> |\n");
  INFO(e.dump());
  const auto& size = e.one("memory_size", "48\xC2\xA0GB");
  CHECK(source_text(e, size) == "48&nbsp;GB");
  CHECK(e.where(size) == "3:12");
  auto tdp = e.with_field("tdp");
  REQUIRE(tdp.size() == 2);
  CHECK(source_text(e, *tdp[0]) == "99&#160;W");
  CHECK(e.where(*tdp[0]) == "3:51");
  CHECK(source_text(e, *tdp[1]) == "80 W");
  CHECK(e.where(*tdp[1]) == "7:12");
  CHECK(tdp[1]->gpu.attributed_by == Attribution::table_header);
}
