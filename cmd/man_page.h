// factcheck(1) in roff, generated from the option table; tested in tests/cmd/completions_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "cmd/option_table.h"

namespace cmd {

std::string man_page(const std::vector<CommandDoc>& commands, const std::string& version);

}  // namespace cmd
