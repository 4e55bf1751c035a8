// Tests reports/html_article: the article rendered from the document model, claims marked in place.
#include <catch2/catch.hpp>

#include "reports/html_article.h"

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

core::Block block(core::BlockKind kind, const std::string& bytes, const std::string& text) {
  core::Block b;
  b.kind = kind;
  b.append_mapped(text, bytes.find(text));
  return b;
}
core::Block cell(const std::string& bytes, const std::string& text, int row, int column, bool header) {
  core::Block b = block(core::BlockKind::table_cell, bytes, text);
  b.table = 0;
  b.row = row;
  b.column = column;
  b.header = header;
  return b;
}
}  // namespace

TEST_CASE("tables stay tables, lists nest, and markup never reaches the page") {
  const std::string bytes =
      "---\ntitle: x\n---\n# Specs\n\n* **Memory**: 24 GB\n  * nested <b>16 GB</b>\n\n"
      "<table><tr><th>Card</th><th>TDP</th></tr><tr><td>L4</td><td>72 W</td></tr></table>\n"
      "<script>alert(1)</script>\n";
  core::FileReport file;
  file.source = std::make_shared<core::Source>("a.md", bytes);
  auto doc = std::make_shared<core::Document>();
  core::Block heading = block(core::BlockKind::heading, bytes, "Specs");
  heading.level = 1;
  core::Block item;
  item.kind = core::BlockKind::list_item;
  item.level = 1;
  item.append_mapped("Memory", bytes.find("Memory"));
  item.append_mapped(": 24 GB", bytes.find(": 24 GB"));
  item.strong = {{0, 6}};
  core::Block nested = block(core::BlockKind::list_item, bytes, "16 GB");
  nested.level = 2;
  core::Block script = block(core::BlockKind::paragraph, bytes, "<script>alert(1)</script>");
  doc->blocks = {heading, item, nested, cell(bytes, "Card", 0, 0, true), cell(bytes, "TDP", 0, 1, true),
                 cell(bytes, "L4", 1, 0, false), cell(bytes, "72 W", 1, 1, false), script};
  file.document = doc;
  const size_t gb = bytes.find("24 GB"), w = bytes.find("72 W"), title = bytes.find("title: x");
  file.claims = {{{gb, gb + 5}, "value", "memory_size", "nvidia-l4", "24 GB", true},
                 {{w, w + 4}, "value", "tdp", "nvidia-l4", "72 W", true},
                 {{title, title + 8}, "value", "tdp", "", "title: x", false}};
  const auto model = reports::review_model(file);
  const std::string out = reports::render_article_view(file, model, 0);
  CHECK(contains(out, "<h3 class=\"a-h1\">Specs</h3>"));
  CHECK(contains(out, "<ul><li><strong>Memory</strong>: <mark class=\"claim v-supported\""));
  CHECK(contains(out, "<ul><li>16 GB</li></ul></li></ul>"));
  CHECK(contains(out, "<table class=\"a-table\"><thead><tr><th>Card</th><th>TDP</th></tr></thead><tbody><tr><td>L4</td>"
                      "<td><mark class=\"claim v-supported\""));
  CHECK(contains(out, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
  CHECK_FALSE(contains(out, "<script"));
  // Front matter is no block: its claim is listed after the article, still marked.
  CHECK(contains(out, "<section class=\"unplaced\">"));
  CHECK(contains(out, "<li>line 2: <mark class=\"claim v-unverifiable\" id=\"m1-1\""));
  size_t marks = 0;
  for (size_t at = out.find("data-claim=\"\""); at != std::string::npos; at = out.find("data-claim=\"\"", at + 1)) ++marks;
  CHECK(marks == 3);
}

TEST_CASE("without a document model the source is shown as preformatted text, pages marked") {
  core::FileReport file;
  auto source = std::make_shared<core::Source>("a.pdf", "Page one has 24 GB.\nPage two.\n");
  source->set_page_starts({20});
  file.source = source;
  file.claims = {{{13, 18}, "value", "memory_size", "nvidia-l4", "24 GB", true}};
  const std::string out = reports::render_article_view(file, reports::review_model(file), 0);
  CHECK(contains(out, "<pre class=\"a-code\"><code>Page one has <mark class=\"claim v-supported\""));
  CHECK(contains(out, "<p class=\"page-break first\">Page 1</p>"));
}
