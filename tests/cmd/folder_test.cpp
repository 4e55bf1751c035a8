// End-to-end tests of `factcheck FOLDER` and quoted globs: recursion, ignore files, --exclude, sorted order, empty folders.
#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;

namespace {

// docs/ with a wrong article at two depths, a clean one, and ones the ignore files drop.
void make_docs(const TempDir& dir) {
  const std::string wrong = read_file(fixture("wrong.md"));
  const std::string clean = read_file(fixture("clean.md"));
  write_file(dir / "docs/b.md", wrong);
  write_file(dir / "docs/a/deep.markdown", wrong);
  write_file(dir / "docs/clean.txt", clean);
  write_file(dir / "docs/notes.rst", wrong);                  // unknown extension: not walked
  write_file(dir / "docs/.gitignore", "generated/\n");
  write_file(dir / "docs/generated/out.md", wrong);
  write_file(dir / "docs/.factcheckignore", "*.draft.md\n");
  write_file(dir / "docs/x.draft.md", wrong);
  write_file(dir / "docs/vendor/third.md", wrong);
}

}  // namespace

TEST_CASE("a folder is walked recursively in sorted order, ignore files honoured", "[cli][folder]") {
  TempDir dir;
  make_docs(dir);
  auto r = check({"--no-color", "--exclude", "vendor/", "docs"}, "", dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  const size_t deep = r.out.find("docs/a/deep.markdown:3:12: error: ");
  const size_t b = r.out.find("docs/b.md:3:12: error: ");
  REQUIRE(deep != std::string::npos);
  REQUIRE(b != std::string::npos);
  CHECK(deep < b);
  CHECK_FALSE(contains(r.out, "generated"));
  CHECK_FALSE(contains(r.out, "draft"));
  CHECK_FALSE(contains(r.out, "docs/vendor"));
  CHECK_FALSE(contains(r.out, "notes.rst"));
  CHECK(contains(r.out, "in 2 files (3 checked)"));
}

TEST_CASE("a quoted glob is expanded by factcheck itself", "[cli][folder]") {
  TempDir dir;
  make_docs(dir);
  auto r = check({"--no-color", "--exclude", "vendor/**", "docs/**/*.md"}, "", dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.out, "docs/b.md:3:12"));
  CHECK_FALSE(contains(r.out, "deep.markdown"));
  CHECK_FALSE(contains(r.out, "docs/vendor"));
  CHECK(contains(r.out, "in 1 file"));
}

TEST_CASE("a folder without articles or a glob matching nothing is an error, not a pass", "[cli][folder]") {
  TempDir dir;
  write_file(dir / "empty/readme.rst", "nothing to check\n");
  auto r = check({"empty"}, "", dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, "empty: error: no Markdown, HTML, text or PDF files in this folder"));
  auto g = check({"nowhere/**/*.md"}, "", dir.path());
  CHECK(g.rc == 2);
  CHECK(contains(g.err, "no files match this pattern"));
}
