// `.factcheck.json`: per-project settings found upward from the checked file; tested by tests/cmd/config_file_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace cmd {

struct Config {
  std::string path;                      // where it was found ("" when none)
  std::optional<std::string> fail_on;    // "error" | "warning" | "info"
  std::vector<std::string> disable;      // rule ids
  std::vector<std::string> catalog_paths;  // extra catalog directories, relative to the config file
};

// Looks for .factcheck.json in `start_dir` and its parents. A file that is there but broken
// (bad JSON, unknown key, wrong type, unknown rule) is an error naming its position.
core::Result<Config> find_config(const std::string& start_dir, const std::vector<std::string>& known_rules);
core::Result<Config> read_config(const std::string& path, const std::vector<std::string>& known_rules);

}  // namespace cmd
