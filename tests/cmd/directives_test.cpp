// End-to-end tests of suppression directives: disable-line, unknown directives (exit 2), the suppressed count, --report-unused-disables.
#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;

TEST_CASE("factcheck-disable-line suppresses its own line and the summary counts it", "[cli][suppression]") {
  auto r = check({"--no-color", fixture("directives.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK_FALSE(contains(r.out, "48 GB"));
  CHECK(contains(r.out, "no findings in 1 file; 1 finding suppressed"));
}

TEST_CASE("a misspelt directive is an error at file:line:col and disables nothing", "[cli][suppression]") {
  auto r = check({"--no-color", fixture("misspelt_directive.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.out + r.err, "misspelt_directive.md:3:6: error: unknown directive \"factcheck-disabel\""));
  CHECK(contains(r.out, "misspelt_directive.md:4:12: error: "));  // the finding is still reported
}

TEST_CASE("--report-unused-disables lists directives that suppressed nothing", "[cli][suppression]") {
  auto plain = check({"--no-color", fixture("directives.md")});
  CHECK_FALSE(contains(plain.err, "unused"));
  auto r = check({"--no-color", "--report-unused-disables", fixture("directives.md")});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.err, "directives.md:5:1: error: unused factcheck-disable-next-line (ratio-mismatch): it suppressed nothing"));
  CHECK_FALSE(contains(r.err, "directives.md:3:"));
}
