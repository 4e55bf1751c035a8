// Colour, --fail-on and subcommand-typo conventions; tested in tests/cmd/conventions_test.cpp.
#include "cmd/cli_conventions.h"

#include <cstdlib>
#include <filesystem>

namespace cmd {

bool use_color(const std::string& mode, bool no_color_flag, bool stdout_is_tty) {
  if (mode == "always") return true;
  if (mode == "never" || no_color_flag) return false;
  if (const char* v = std::getenv("NO_COLOR"); v && *v) return false;
  if (const char* v = std::getenv("FORCE_COLOR"); v && *v && std::string(v) != "0") return true;
  return stdout_is_tty;
}

bool parse_fail_on(const std::string& word, std::optional<core::Severity>& out) {
  if (word == "none") {
    out.reset();
    return true;
  }
  core::Severity s;
  if (!core::parse_severity(word, s)) return false;
  out = s;
  return true;
}

std::string unknown_subcommand_message(const std::string& first_arg, const std::vector<std::string>& subcommands) {
  if (first_arg.empty() || first_arg.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos ||
      first_arg.front() == '-') {
    return "";
  }
  std::error_code ec;
  if (std::filesystem::exists(first_arg, ec)) return "";
  std::string names;
  for (const auto& s : subcommands) names += (names.empty() ? "" : ", ") + s;
  return "factcheck: unknown command \"" + first_arg + "\" (commands: " + names +
         "; to check a file of that name, write ./" + first_arg + ")";
}

}  // namespace cmd
