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

// Reads each argument in order; a bad one carries its error and the rest are still read.
std::vector<Input> read_inputs(const std::vector<std::string>& paths);

}  // namespace cmd
