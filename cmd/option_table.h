// A flat view of the CLI11 option table that completions and the man page are generated from; tested in tests/cmd/completions_test.cpp.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace cmd {

struct OptionDoc {
  std::vector<std::string> long_names;   // without "--"
  std::vector<std::string> short_names;  // without "-"
  std::string description;
  bool takes_value = false;
  std::vector<std::string> choices;      // known values (--format, --color, --fail-on ...)
};

struct CommandDoc {
  std::string name;                      // "" for the top level, "catalog", "catalog show"
  std::string description;
  std::vector<OptionDoc> options;        // help and version included
  std::vector<std::string> subcommands;  // direct children
  bool takes_files = false;              // has a positional argument
};

// The top level first, then every subcommand depth first, read from the live CLI::App, so a
// flag added in one place appears in --help, the completions and the man page alike.
std::vector<CommandDoc> describe_commands(const CLI::App& root);

}  // namespace cmd
