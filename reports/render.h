// One entry point for the checker: pick a format by name and render; tested in tests/reports/render_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"

namespace reports {

enum class Format { text, json, sarif, markdown, html, github, junit };

// "text", "json", "sarif", "markdown" (or "md"), "html", "github", "junit"; false for anything else.
bool parse_format(std::string_view name, Format& out);
const char* to_string(Format format);
// "text|json|sarif|markdown|html|github|junit", for --help and usage errors.
const char* format_names();

// What the formats need from the command line; each renderer uses its part.
struct RenderOptions {
  bool color = false;           // text: ANSI colours (caller checks isatty and --no-color)
  bool summary = true;          // text: the closing summary line (off under --quiet)
  bool file_table = false;      // text: a per-file count table before the summary (batch runs)
  std::string tool_version;     // json, sarif, html: shown when set
  std::string information_uri;  // sarif: tool.driver.informationUri when set
  std::string base_directory;   // sarif: absolute dir relative paths are resolved from (cwd)
};

// The whole report as one string, ready for stdout or write_file_atomically().
std::string render(Format format, const std::vector<core::FileReport>& files, const std::vector<core::RuleInfo>& rules,
                   const RenderOptions& options = {});

}  // namespace reports
