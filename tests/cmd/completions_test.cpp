// End-to-end tests of `factcheck completion bash|zsh|fish` and `factcheck man`: generated from the option table, syntactically valid where the shell is installed.
#include <cstdio>

#include "run_factcheck.h"

using cmd_test::contains;
using cmd_test::run;
using cmd_test::TempDir;
using cmd_test::write_file;

namespace {

// Exit status of `command` run by /bin/sh; 127 when the shell it needs is not installed.
int shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

TEST_CASE("completions name every option and subcommand, for bash, zsh and fish", "[cli][completions]") {
  for (const char* sh : {"bash", "zsh", "fish"}) {
    INFO(sh);
    auto r = run({"completion", sh});
    CHECK(r.rc == 0);
    for (const char* word : {"exclude", "report-unused-disables", "fail-on", "quiet", "color", "catalog", "claims",
                             "validate", "github", "junit"}) {
      INFO(word);
      CHECK(contains(r.out, word));
    }
  }
  CHECK(run({"completion", "tcsh"}).rc == 2);
}

TEST_CASE("the bash completion parses and completes options, values and subcommands", "[cli][completions]") {
  TempDir dir;
  write_file(dir / "factcheck.bash", run({"completion", "bash"}).out);
  write_file(dir / "probe.sh",
             "source '" + (dir / "factcheck.bash").string() + "'\n"
             "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _factcheck; echo \"${COMPREPLY[*]}\"; }\n"
             "t factcheck --fail-o; t factcheck --format j; t factcheck catalog val; t factcheck --color n\n");
  const std::string out_path = (dir / "out").string();
  REQUIRE(shell("cd '" + dir.path().string() + "' && bash probe.sh > '" + out_path + "' 2>&1") == 0);
  CHECK(cmd_test::read_file(out_path) == "--fail-on\njson junit\nvalidate\nnever\n");
}

TEST_CASE("zsh and fish completions parse where those shells are installed", "[cli][completions]") {
  TempDir dir;
  write_file(dir / "_factcheck", run({"completion", "zsh"}).out);
  write_file(dir / "factcheck.fish", run({"completion", "fish"}).out);
  if (shell("command -v zsh >/dev/null") == 0) CHECK(shell("zsh -n '" + (dir / "_factcheck").string() + "'") == 0);
  if (shell("command -v fish >/dev/null") == 0) CHECK(shell("fish -n '" + (dir / "factcheck.fish").string() + "'") == 0);
}

TEST_CASE("factcheck man prints a roff page with the options", "[cli][completions]") {
  auto r = run({"man"});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(r.out.rfind(".TH FACTCHECK 1", 0) == 0);
  CHECK(contains(r.out, "\\fB\\-\\-exclude\\fR"));
  CHECK(contains(r.out, ".SS catalog show"));
  CHECK(contains(r.out, "NO_COLOR"));
  CHECK(contains(r.out, "URL"));
}
