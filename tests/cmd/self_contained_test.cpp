// The suite and the binary need nothing outside the repository (no ../shared); the optional eval script says when it is skipped.
#include <cstdio>

#include "run_factcheck.h"

using cmd_test::contains;
using cmd_test::read_file;
using cmd_test::run;

namespace fs = std::filesystem;

// Comments may name ../shared; what must not appear is a way to reach the seed articles.
TEST_CASE("no test, build file or script reads ../shared", "[cli][self-contained]") {
  const fs::path root = FACTCHECK_SOURCE_DIR;
  std::vector<fs::path> files{root / "CMakeLists.txt", root / ".ci/run"};
  for (const char* dir : {"tests", "scripts", "cmd", "core", "scrapers", "extract", "catalog", "probe", "rules", "reports"}) {
    for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
      const auto ext = e.path().extension();
      if (e.path().string().find("node_modules") != std::string::npos) continue;
      if (ext == ".cpp" || ext == ".h" || ext == ".txt" || ext == ".sh" || ext == ".py") files.push_back(e.path());
    }
  }
  for (const auto& f : files) {
    if (f.filename() == "self_contained_test.cpp" || f.filename() == "eval.sh") continue;
    const std::string text = read_file(f);
    INFO(f.string());
    CHECK_FALSE(contains(text, "eval/seeds"));
    CHECK_FALSE(contains(text, "SHARED_DIR"));
  }
}

TEST_CASE("the binary reads a page saved as .txt from the repository's own fixtures", "[cli][self-contained]") {
  auto r = run({"claims", "--format", "json", std::string(FACTCHECK_FIXTURES) + "/scrapers/saved_markdown.txt"});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK(contains(r.out, "\"cuda_cores\""));
}

TEST_CASE("scripts/eval.sh says it is skipped when the eval folder is absent", "[cli][self-contained]") {
  const std::string command = "FACTCHECK_EVAL_DIR=/nonexistent/eval bash '" + std::string(FACTCHECK_SOURCE_DIR) +
                              "/scripts/eval.sh' 2>&1";
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p);
  std::string out;
  char buf[512];
  while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  const int status = ::pclose(p);
  INFO(out);
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(contains(out, "eval: skipped"));
}
