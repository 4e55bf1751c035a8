// Shell completion scripts (bash, zsh, fish) generated from the option table; tested in tests/cmd/completions_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "cmd/option_table.h"

namespace cmd {

// The script for `shell` ("bash", "zsh", "fish"); "" for another shell.
std::string completion_script(const std::string& shell, const std::vector<CommandDoc>& commands);

}  // namespace cmd
