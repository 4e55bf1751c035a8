// TEMPORARY scaffolding while the catalog subcommand is being built; replaced by its owner.
#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

void add_catalog_command(CLI::App& app, int& exit_code) {
  auto* sub = app.add_subcommand("catalog", "(in progress)");
  sub->allow_extras();
  sub->callback([&exit_code] {
    std::fprintf(stderr, "factcheck catalog: not built yet\n");
    exit_code = 2;
  });
}

}  // namespace cmd
