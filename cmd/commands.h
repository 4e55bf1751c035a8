// Subcommand registration for the factcheck binary; each is tested through tests/cmd/.
#pragma once
#include <CLI/CLI.hpp>

namespace cmd {

// Each adds its subcommand to `app`; the callback stores the exit code in `exit_code`.
void add_catalog_command(CLI::App& app, int& exit_code);
void add_probe_command(CLI::App& app, int& exit_code);
void add_claims_command(CLI::App& app, int& exit_code);
void add_audit_command(CLI::App& app, int& exit_code);
// `completion SHELL` and `man`, generated from the option table of `app` as it is at run time.
void add_docs_commands(CLI::App& app, int& exit_code);
// The default command: check files and print findings.
void add_check_options(CLI::App& app, int& exit_code);

// The datasets folder: <binary>/../share/factcheck when installed, else $FACTCHECK_DATASETS,
// else the source tree the binary was built from.
std::string default_datasets_dir();

}  // namespace cmd
