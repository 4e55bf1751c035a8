// `.factcheck.json`: per-project settings found upward from the checked file; tested by tests/cmd/config_file_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace cmd {

struct Config {
  std::string path;                      // where it was found ("" when none)
  std::optional<std::string> fail_on;    // "error" | "warning" | "info" | "none"
  std::vector<std::string> disable;      // rule ids
  std::vector<std::string> catalog_paths;  // extra catalog directories, relative to the config file
};

// Looks for .factcheck.json in `start_dir` and its parents. A file that is there but broken
// (bad JSON, unknown key, wrong type, unknown rule) is an error naming its position.
core::Result<Config> find_config(const std::string& start_dir, const std::vector<std::string>& known_rules);
core::Result<Config> read_config(const std::string& path, const std::vector<std::string>& known_rules);
// The config for a run over `files`: `explicit_path` when given (--config), else the one found
// upward from the first file's directory (the working directory for stdin). Rule ids are
// checked against the registry.
// `no_config` (--no-config) skips both and gives the defaults.
core::Result<Config> config_for_run(const std::vector<std::string>& files, const std::string& explicit_path,
                                    bool no_config = false);

}  // namespace cmd
