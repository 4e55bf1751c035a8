// Reading the files, URLs and stdin named on the command line into Documents; tested by tests/cmd/cli_test.cpp.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"

namespace cmd {

struct Input {
  std::string path;                         // as given ("-" shows as "<stdin>")
  std::shared_ptr<core::Document> document; // null when it could not be read
  std::vector<core::Error> errors;          // read errors and reader warnings
};

// Folders walked and quoted globs expanded (scrapers/files/expand_inputs.h); a folder or glob
// that yields no file is printed to stderr and sets `had_errors`, so the run exits 2 instead of
// passing silently.
std::vector<std::string> expand_args(const std::vector<std::string>& args, const std::vector<std::string>& exclude,
                                     bool& had_errors);

// Reads each argument in order; a bad one carries its error and the rest are still read.
std::vector<Input> read_inputs(const std::vector<std::string>& paths);

}  // namespace cmd
