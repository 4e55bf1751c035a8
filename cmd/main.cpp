// factcheck entry point: flag parsing only, the work happens in the libraries; tested by tests/cmd/.
#include <cstdio>
#include <cstdlib>

#include "cmd/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"factcheck: check GPU spec claims in articles against a sourced catalog"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("factcheck ") + FACTCHECK_VERSION);
  int exit_code = 0;
  cmd::add_catalog_command(app, exit_code);
  cmd::add_probe_command(app, exit_code);
  cmd::add_claims_command(app, exit_code);
  cmd::add_audit_command(app, exit_code);
  cmd::add_docs_commands(app, exit_code);
  cmd::add_check_options(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;  // usage errors are exit 2 across all subcommands
  }
  return exit_code;
}
