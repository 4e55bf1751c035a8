// `factcheck audit` progress output: a bar on a terminal (a pseudo-terminal the test opens), one line per source through a pipe.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <cerrno>

#include "audit_runs.h"

namespace {

using audit_test::audit;
using audit_test::served_sources;
using cmd_test::contains;
using cmd_test::TempDir;
namespace fs = std::filesystem;

// Runs `factcheck args` in `cwd` with its stderr on a new pseudo-terminal (stdout to
// /dev/null) and returns all it wrote there.
std::string stderr_on_a_terminal(const std::vector<std::string>& args, const fs::path& cwd) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(grantpt(master) == 0);
  REQUIRE(unlockpt(master) == 0);
  // Opened before the fork and closed here after it, so the child holds the only copy and
  // reading the master ends (EIO) exactly when the child is gone.
  int terminal = ::open(ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(terminal >= 0);
  std::vector<std::string> words{FACTCHECK_BIN};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    if (null < 0 || dup2(null, 1) < 0 || dup2(terminal, 2) < 0 || chdir(cwd.c_str()) != 0) _exit(127);
    close(master);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(terminal);
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) out.append(buf, static_cast<size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  close(master);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  return out;
}

}  // namespace

TEST_CASE("audit: a progress bar on stderr when it is a terminal, one line per source when it is not") {
  TempDir dir;
  auto sources = served_sources(dir, nullptr);  // the pages as files: no server needed
  std::vector<std::string> args = {"audit", "--sources", sources.string(), "--db", (dir / "history.sqlite").string(),
                                   "--out", (dir / "report").string(), "--today", "2026-01-15"};
  std::string drawn = stderr_on_a_terminal(args, dir.path());
  INFO(drawn);
  CHECK(contains(drawn, "\r[="));  // redrawn in place
  CHECK(contains(drawn, "] 1/8 sources, 0 failed, "));
  CHECK(contains(drawn, "[==============================] 8/8 sources, 0 failed, "));
  CHECK_FALSE(contains(drawn, "audit: 1/8"));

  auto piped = audit(dir, sources);
  INFO(piped.err);
  CHECK_FALSE(contains(piped.err, "\r["));
  for (int i = 1; i <= 8; ++i) CHECK(contains(piped.err, "audit: " + std::to_string(i) + "/8 ok"));
  CHECK(std::count(piped.err.begin(), piped.err.end(), '\n') >= 8);
}
