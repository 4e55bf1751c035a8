// `factcheck completion bash|zsh|fish` and `factcheck man`: generated from the live option table; tested in tests/cmd/completions_test.cpp.
#include <cstdio>

#include "cmd/commands.h"
#include "cmd/completions.h"
#include "cmd/man_page.h"
#include "cmd/option_table.h"

namespace cmd {

void add_docs_commands(CLI::App& app, int& exit_code) {
  auto shell = std::make_shared<std::string>();
  auto* completion = app.add_subcommand("completion", "Print a shell completion script: bash, zsh or fish");
  completion->add_option("shell", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  completion->callback([&app, shell, &exit_code] {
    std::fputs(completion_script(*shell, describe_commands(app)).c_str(), stdout);
    exit_code = 0;
  });
  auto* man = app.add_subcommand("man", "Print the factcheck(1) man page (roff)");
  man->callback([&app, &exit_code] {
    std::fputs(man_page(describe_commands(app), FACTCHECK_VERSION).c_str(), stdout);
    exit_code = 0;
  });
}

}  // namespace cmd
