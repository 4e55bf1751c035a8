// End-to-end tests of --fix / --backup and the integration files (.pre-commit-hooks.yaml, the example workflow).
#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;

TEST_CASE("--fix applies the suggestion in place and reports what is left", "[cli][fix]") {
  TempDir dir;
  write_file(dir / "a.md", read_file(fixture("wrong.md")));
  auto r = check({"--no-color", "--fix", "a.md"}, "", dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.err, "fixed 1 finding(s) in a.md"));
  CHECK(read_file(dir / "a.md") == "# NVIDIA L4 notes\n\nThe L4 has 24 GB of GDDR6 memory and draws 72 W.\n");
  CHECK_FALSE(fs::exists(dir / "a.md.orig"));
  // Fixed once, clean after.
  CHECK(check({"--fix", "a.md"}, "", dir.path()).rc == 0);
}

TEST_CASE("--backup keeps the original; stdin is never rewritten", "[cli][fix]") {
  TempDir dir;
  const std::string original = read_file(fixture("wrong.md"));
  write_file(dir / "a.md", original);
  auto r = check({"--fix", "--backup", "a.md"}, "", dir.path());
  CHECK(r.rc == 0);
  CHECK(read_file(dir / "a.md.orig") == original);
  auto in = check({"--fix", "-"}, original, dir.path());
  CHECK(in.rc == 1);  // reported, nothing to write back to
}

TEST_CASE("overlapping suggestions are ambiguous and left alone", "[cli][fix]") {
  TempDir dir;
  // warning.md has only a conflicting-values warning: warnings are never applied.
  write_file(dir / "w.md", read_file(fixture("warning.md")));
  auto r = check({"--fix", "w.md"}, "", dir.path());
  CHECK(read_file(dir / "w.md") == read_file(fixture("warning.md")));
  CHECK_FALSE(contains(r.err, "fixed"));
}

TEST_CASE("the pre-commit hook and the example workflow call factcheck as documented", "[cli][fix]") {
  const std::string hooks = read_file(fs::path(FACTCHECK_SOURCE_DIR) / ".pre-commit-hooks.yaml");
  CHECK(contains(hooks, "- id: factcheck\n"));
  CHECK(contains(hooks, "entry: factcheck --color=never\n"));
  const std::string workflow = read_file(fs::path(FACTCHECK_SOURCE_DIR) / "examples/github-workflow.yml");
  CHECK(contains(workflow, "--format sarif -o factcheck.sarif"));
  CHECK(contains(workflow, "github/codeql-action/upload-sarif"));
  CHECK(contains(workflow, "security-events: write"));
  // Every flag the integrations pass exists.
  for (const char* flag : {"--color=never", "--fix", "--format=github", "--format=sarif"}) {
    INFO(flag);
    CHECK(check({flag, fixture("clean.md")}).rc == 0);
  }
}
