// TEMPORARY scaffolding while the claims subcommand is being built; replaced by its owner.
#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

void add_claims_command(CLI::App& app, int& exit_code) {
  auto* sub = app.add_subcommand("claims", "(in progress)");
  sub->allow_extras();
  sub->callback([&exit_code] {
    std::fprintf(stderr, "factcheck claims: not built yet\n");
    exit_code = 2;
  });
}

}  // namespace cmd
