// Tests scrapers/files/expand_inputs: folder walks, ignore files, --exclude, globs, sorting.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "scrapers/files/expand_inputs.h"

namespace fs = std::filesystem;

namespace {

struct Tree {
  fs::path root;
  Tree() {
    std::string pattern = (fs::temp_directory_path() / "factcheck-walk-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    root = pattern;
  }
  ~Tree() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void file(const std::string& rel, const std::string& text = "x\n") {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << text;
  }
  std::string at(const std::string& rel) const { return (root / rel).generic_string(); }
};

}  // namespace

TEST_CASE("a folder is walked in sorted order, known extensions only") {
  Tree t;
  for (const char* f : {"b.md", "a.html", "sub/c.txt", "sub/d.pdf", "z.markdown", "y.htm", "notes.rst", "img.png", ".hidden.md",
                        ".git/x.md"}) {
    t.file(f);
  }
  auto got = scrapers::expand_inputs({t.root.string()});
  CHECK(got.errors.empty());
  CHECK(got.paths == std::vector<std::string>{t.at("a.html"), t.at("b.md"), t.at("sub/c.txt"), t.at("sub/d.pdf"),
                                              t.at("y.htm"), t.at("z.markdown")});
}

TEST_CASE(".gitignore, .factcheckignore and --exclude drop files") {
  Tree t;
  t.file(".gitignore", "build/\n");
  t.file(".factcheckignore", "*.draft.md\n");
  t.file("sub/.gitignore", "local.md\n");
  for (const char* f : {"a.md", "a.draft.md", "build/out.md", "sub/local.md", "sub/kept.md", "local.md", "vendor/x.md"}) t.file(f);
  scrapers::ExpandOptions options;
  options.exclude = {"vendor/"};
  auto got = scrapers::expand_inputs({t.root.string()}, options);
  CHECK(got.errors.empty());
  // sub/.gitignore applies below sub/ only.
  CHECK(got.paths == std::vector<std::string>{t.at("a.md"), t.at("local.md"), t.at("sub/kept.md")});
}

TEST_CASE("a quoted glob is expanded with ** spanning folders") {
  Tree t;
  for (const char* f : {"docs/a.md", "docs/x/b.md", "docs/x/c.html", "other/d.md"}) t.file(f);
  auto got = scrapers::expand_inputs({t.at("docs") + "/**/*.md"});
  CHECK(got.errors.empty());
  CHECK(got.paths == std::vector<std::string>{t.at("docs/a.md"), t.at("docs/x/b.md")});
  auto none = scrapers::expand_inputs({t.at("docs") + "/**/*.pdf"});
  CHECK(none.paths.empty());
  REQUIRE(none.errors.size() == 1);
  CHECK(none.errors[0].message == "no files match this pattern");
}

TEST_CASE("files, stdin and URLs pass through; duplicates are checked once; an empty folder is an error") {
  Tree t;
  t.file("a.md");
  fs::create_directories(t.root / "empty");
  auto got = scrapers::expand_inputs({"-", "https://example.com/x", t.at("a.md"), t.root.string(), t.at("missing.md"),
                                      t.at("empty")});
  CHECK(got.paths == std::vector<std::string>{"-", "https://example.com/x", t.at("a.md"), t.at("missing.md")});
  REQUIRE(got.errors.size() == 1);
  CHECK(got.errors[0].position.file == t.at("empty"));
}
