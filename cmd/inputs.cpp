// Command-line inputs to Documents; tested by tests/cmd/cli_test.cpp.
#include "cmd/inputs.h"

#include <iostream>
#include <iterator>

#include "scrapers/read/read_document.h"

namespace cmd {

std::vector<Input> read_inputs(const std::vector<std::string>& paths) {
  std::vector<Input> out;
  for (const auto& path : paths) {
    Input in;
    in.path = path == "-" ? "<stdin>" : path;
    core::Result<core::Source> source = path == "-"
        ? core::Result<core::Source>(core::Source("<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {})))
        : core::read_source_file(path);
    if (!source.ok()) {
      in.errors.push_back(source.error());
      out.push_back(std::move(in));
      continue;
    }
    auto doc = scrapers::read_document(std::move(*source));
    if (!doc.ok()) {
      in.errors.push_back(doc.error());
    } else {
      in.document = std::make_shared<core::Document>(std::move(*doc));
      for (const auto& w : in.document->warnings) in.errors.push_back(w);
    }
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace cmd
