// TEMPORARY scaffolding while the checker is being built; replaced by the checker.
#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

void add_check_options(CLI::App& app, int& exit_code) {
  app.allow_extras();
  app.callback([&app, &exit_code] {
    if (app.get_subcommands().empty()) {
      std::fprintf(stderr, "factcheck: checker not built yet\n");
      exit_code = 2;
    }
  });
}

}  // namespace cmd
