// Command-line inputs to the list of files to check: folders walked, quoted globs expanded; tested in tests/scrapers/expand_inputs_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"

namespace scrapers {

struct ExpandOptions {
  std::vector<std::string> exclude;  // gitignore-style patterns (--exclude GLOB)
  // Extensions a walk or glob picks up (lowercase, with the dot); a file named explicitly
  // is checked whatever its extension.
  std::vector<std::string> extensions{".md", ".markdown", ".html", ".htm", ".txt", ".pdf"};
};

struct ExpandedInputs {
  std::vector<std::string> paths;  // in order; each folder's and glob's files sorted
  core::Errors errors;             // a folder or glob that yields nothing, an unreadable folder
};

// Each argument in turn: "-" and URLs stay as they are; a folder is walked recursively
// (hidden entries and .git skipped, symlinked folders not followed, .gitignore and
// .factcheckignore files honoured at every level); an argument with `*`, `?` or `[` that is
// not an existing file is a glob (`**` spans folders) expanded the same way; anything else is
// kept for the reader to open or report. Excluded paths are dropped everywhere; a path
// named twice is checked once.
ExpandedInputs expand_inputs(const std::vector<std::string>& args, const ExpandOptions& options = {});

}  // namespace scrapers
