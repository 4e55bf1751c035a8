// TEMPORARY scaffolding while the probe subcommand is being built; replaced by its owner.
#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

void add_probe_command(CLI::App& app, int& exit_code) {
  auto* sub = app.add_subcommand("probe", "(in progress)");
  sub->allow_extras();
  sub->callback([&exit_code] {
    std::fprintf(stderr, "factcheck probe: not built yet\n");
    exit_code = 2;
  });
}

}  // namespace cmd
