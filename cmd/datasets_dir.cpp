// Where the bundled datasets are found; tested by tests/cmd/install_test.cpp.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cmd/commands.h"

namespace cmd {
namespace fs = std::filesystem;

std::string default_datasets_dir() {
  // Installed: <prefix>/bin/factcheck finds <prefix>/share/factcheck, wherever the prefix was
  // copied to (a .deb, a tarball, a relocated tree), so an install never depends on the
  // build tree still being there.
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path() / ".." / "share" / "factcheck";
    if (fs::is_directory(installed / "catalog", ec)) return installed.lexically_normal().string();
  }
  if (const char* env = std::getenv("FACTCHECK_DATASETS"); env && *env) return env;
  return FACTCHECK_DATASETS_DIR;  // the source tree's datasets/, for build/factcheck
}

}  // namespace cmd
