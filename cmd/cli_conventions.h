// Conventions people expect from a linter's command line (colour choice, --fail-on none, unknown subcommands); tested in tests/cmd/conventions_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"

namespace cmd {

// --color=auto|always|never. `always` and `never` win over everything; `--no-color` is
// `never`; under `auto` NO_COLOR (any non-empty value, no-color.org) turns colour off, then
// FORCE_COLOR (non-empty and not "0") turns it on, then it follows whether stdout is a TTY.
bool use_color(const std::string& mode, bool no_color_flag, bool stdout_is_tty);

// --fail-on error|warning|info|none: the severity that makes the exit 1, nullopt for `none`
// (findings are reported, the exit is 0). False when the word is none of those.
bool parse_fail_on(const std::string& word, std::optional<core::Severity>& out);

// A first argument that is a bare word ("chek", "catalogs"), names no file and is not a
// subcommand is a mistyped subcommand; this is the message naming the subcommands, or ""
// when the argument is plausibly a path.
std::string unknown_subcommand_message(const std::string& first_arg, const std::vector<std::string>& subcommands);

}  // namespace cmd
