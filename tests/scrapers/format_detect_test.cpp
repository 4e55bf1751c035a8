// Tests scrapers/read/format_detect: extensions, hints and content sniffing.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "scrapers/read/format_detect.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("format by extension") {
  CHECK(scrapers::detect_format("a.md", "plain words") == "markdown");
  CHECK(scrapers::detect_format("a.MARKDOWN", "plain words") == "markdown");
  CHECK(scrapers::detect_format("a.html", "plain words") == "html");
  CHECK(scrapers::detect_format("a.htm", "plain words") == "html");
  CHECK(scrapers::detect_format("a.pdf", "plain words") == "pdf");
  CHECK(scrapers::detect_format("a.txt", "plain words") == "text");
  CHECK(scrapers::detect_format("https://example.com/specs.html?x=a.md#top", "plain") == "html");
}

TEST_CASE("format hints and PDF magic win") {
  CHECK(scrapers::detect_format("page", "<p>x</p>", "text/html; charset=utf-8") == "html");
  CHECK(scrapers::detect_format("page", "# A\n", "text/markdown") == "markdown");
  CHECK(scrapers::detect_format("page.md", "x", "text") == "text");
  CHECK(scrapers::detect_format("page.txt", "%PDF-1.4\n...") == "pdf");
  CHECK(scrapers::detect_format("page", "plain words", "text/plain") == "text");
}

TEST_CASE(".txt and unknown names are sniffed") {
  CHECK(scrapers::detect_format("a.txt", "---\ntitle: x\n---\nBody\n") == "markdown");
  CHECK(scrapers::detect_format("a.txt", "# One\ntext\n## Two\n") == "markdown");
  CHECK(scrapers::detect_format("a.txt", "Intro\n* **CUDA Cores**: 5888\n* **RT Cores**: 46\n") == "markdown");
  CHECK(scrapers::detect_format("a.txt", "# Only one heading\nplain text\n") == "text");
  CHECK(scrapers::detect_format("a.txt", "- a list\n- of plain items\n| VRAM | 24 GB |\n") == "text");
  CHECK(scrapers::detect_format("noext", "\xEF\xBB\xBF  <!DOCTYPE html><html></html>") == "html");
  CHECK(scrapers::detect_format("noext", "<html><body>x</body></html>") == "html");
  CHECK(scrapers::detect_format("noext", "just text") == "text");
  CHECK(scrapers::detect_format("a.txt", "---\nnot closed\n") == "text");
}

TEST_CASE("pages saved as .txt are sniffed as what they are") {
  const std::string dir = std::string(FACTCHECK_FIXTURES) + "/scrapers/";
  std::string markdown = slurp(dir + "saved_markdown.txt");
  std::string page = slurp(dir + "saved_page.txt");
  REQUIRE(!markdown.empty());
  REQUIRE(!page.empty());
  CHECK(scrapers::detect_format("saved_markdown.txt", markdown) == "markdown");
  CHECK(scrapers::detect_format("saved_page.txt", page) == "text");
}
