// End-to-end tests of the conventions people expect: --version, -q, the per-file table, --color and NO_COLOR/FORCE_COLOR, --fail-on none, unknown subcommands, --format github|junit.
#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::run;

TEST_CASE("--version prints the version and exits 0", "[cli][conventions]") {
  auto r = run({"--version"});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.out, "factcheck 0."));
}

TEST_CASE("-q prints findings only; a batch run ends with a per-file table", "[cli][conventions]") {
  auto batch = check({"--no-color", fixture("wrong.md"), fixture("clean.md")});
  FACTCHECK_INFO(batch);
  CHECK(batch.rc == 1);
  CHECK(contains(batch.out, "errors  warnings  infos  input errors"));
  CHECK(contains(batch.out, "1 error in 1 file (2 checked)"));
  auto single = check({"--no-color", fixture("wrong.md")});
  CHECK_FALSE(contains(single.out, "input errors\n"));
  auto quiet = check({"-q", "--no-color", fixture("wrong.md"), fixture("clean.md")});
  CHECK(quiet.rc == 1);
  CHECK(contains(quiet.out, "wrong.md:3:12: error: "));
  CHECK_FALSE(contains(quiet.out, "input errors"));
  CHECK_FALSE(contains(quiet.out, "checked"));
  auto clean_quiet = check({"--quiet", fixture("clean.md")});
  CHECK(clean_quiet.rc == 0);
  CHECK(clean_quiet.out.empty());
}

TEST_CASE("--color and NO_COLOR / FORCE_COLOR", "[cli][conventions]") {
  const std::string esc = "\x1b[";
  CHECK_FALSE(contains(check({fixture("wrong.md")}).out, esc));  // not a TTY
  CHECK(contains(check({"--color=always", fixture("wrong.md")}).out, esc));
  CHECK(contains(check({"--color", "always", fixture("wrong.md")}, "", {}, {{"NO_COLOR", "1"}}).out, esc));
  CHECK(contains(check({fixture("wrong.md")}, "", {}, {{"FORCE_COLOR", "1"}}).out, esc));
  CHECK_FALSE(contains(check({fixture("wrong.md")}, "", {}, {{"FORCE_COLOR", "1"}, {"NO_COLOR", "1"}}).out, esc));
  CHECK_FALSE(contains(check({"--color=never", fixture("wrong.md")}, "", {}, {{"FORCE_COLOR", "1"}}).out, esc));
  CHECK_FALSE(contains(check({"--no-color", fixture("wrong.md")}, "", {}, {{"FORCE_COLOR", "1"}}).out, esc));
  CHECK(check({"--color=sometimes", fixture("wrong.md")}).rc == 2);
}

TEST_CASE("--fail-on none reports findings and exits 0", "[cli][conventions]") {
  auto r = check({"--fail-on", "none", "--no-color", fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.out, "wrong.md:3:12: error: "));
}

TEST_CASE("an unknown subcommand is an error naming the subcommands", "[cli][conventions]") {
  auto r = run({"catalogue", "list"});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, "unknown command \"catalogue\""));
  CHECK(contains(r.err, "catalog, probe, claims"));
  CHECK_FALSE(contains(r.out + r.err, "cannot open"));
}

TEST_CASE("--format github prints workflow annotations", "[cli][conventions]") {
  auto r = check({"--format", "github", fixture("wrong.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.out, "::error file=" + fixture("wrong.md") + ",line=3,col=12,"));
  CHECK(contains(r.out, "title=catalog-value-mismatch::"));
}

TEST_CASE("--format junit prints JUnit XML", "[cli][conventions]") {
  auto r = check({"--format", "junit", fixture("wrong.md"), fixture("clean.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(r.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factcheck\" tests=\"2\" failures=\"1\"", 0) == 0);
  CHECK(contains(r.out, "<failure type=\"error\""));
  CHECK(contains(r.out, "name=\"no findings\""));
}
