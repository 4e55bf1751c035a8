// Where the bundled datasets are found; tested by tests/cmd/.
#include <cstdlib>
#include <string>

#include "cmd/commands.h"

namespace cmd {

std::string default_datasets_dir() {
  if (const char* env = std::getenv("FACTCHECK_DATASETS"); env && *env) return env;
  return FACTCHECK_DATASETS_DIR;
}

}  // namespace cmd
