// `cmake --install` to a temporary prefix: the installed binary checks an article with the data installed beside it, and finds man page and completions in place.
#include <cstdlib>

#include "run_factcheck.h"

using cmd_test::contains;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;

namespace fs = std::filesystem;

namespace {

int sh(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

TEST_CASE("an installed factcheck finds its datasets relative to itself", "[cli][install]") {
  TempDir prefix;
  TempDir elsewhere;  // a working directory with nothing of the source tree in it
  const std::string out = (elsewhere / "out.txt").string();
  REQUIRE(sh(std::string("'") + FACTCHECK_CMAKE + "' --install '" + FACTCHECK_BUILD_DIR + "' --prefix '" +
             prefix.path().string() + "' > '" + out + "' 2>&1") == 0);
  const fs::path bin = prefix / "bin/factcheck";
  const fs::path share = prefix / "share/factcheck";
  REQUIRE(fs::exists(bin));
  CHECK(fs::is_directory(share / "catalog"));
  CHECK(fs::exists(prefix / "share/man/man1/factcheck.1"));
  CHECK(fs::exists(prefix / "share/bash-completion/completions/factcheck"));
  CHECK(fs::exists(prefix / "share/zsh/vendor-completions/_factcheck"));
  CHECK(fs::exists(prefix / "share/fish/vendor_completions.d/factcheck.fish"));

  // The bundled article, checked by the installed binary from an unrelated directory.
  write_file(elsewhere / "article.md", read_file(fs::path(FACTCHECK_SOURCE_DIR) / "datasets/examples/l4-vs-rtx-4070.md"));
  const std::string run = "cd '" + elsewhere.path().string() + "' && env -u FACTCHECK_DATASETS '" + bin.string() +
                          "' --no-color article.md > '" + out + "' 2>&1";
  CHECK(sh(run) == 1);
  CHECK(contains(read_file(out), "article.md:15:19: error: CUDA cores of NVIDIA L4"));

  // Proof that the catalog read is the installed copy and not the source tree's: break the
  // installed one and the installed binary says so, naming the installed path.
  write_file(share / "catalog/nvidia/zz-broken.json", "{ not json");
  CHECK(sh(run) == 3);
  CHECK(contains(read_file(out), (share / "catalog").lexically_normal().string()));
}
