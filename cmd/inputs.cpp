// Command-line inputs (paths, http(s) URLs, stdin) to Documents; tested by tests/cmd/cli_test.cpp.
#include "cmd/inputs.h"

#include <cstdio>
#include <iostream>
#include <iterator>

#include "scrapers/fetch/fetch.h"
#include "scrapers/files/expand_inputs.h"
#include "scrapers/read/read_document.h"

namespace cmd {

std::vector<std::string> expand_args(const std::vector<std::string>& args, const std::vector<std::string>& exclude,
                                     bool& had_errors) {
  scrapers::ExpandOptions options;
  options.exclude = exclude;
  auto expanded = scrapers::expand_inputs(args, options);
  for (const auto& e : expanded.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
  if (!expanded.errors.empty()) had_errors = true;
  return expanded.paths;
}

std::vector<Input> read_inputs(const std::vector<std::string>& paths) {
  // Files and URLs together: URLs are transferred in parallel, each result in its place.
  std::vector<std::string> locations;
  for (const auto& p : paths) {
    if (p != "-") locations.push_back(p);
  }
  auto fetched = scrapers::fetch_all(locations);
  size_t next = 0;
  std::vector<Input> out;
  for (const auto& path : paths) {
    Input in;
    in.path = path == "-" ? "<stdin>" : path;
    core::Result<core::Source> source = core::Error{core::ErrorCode::io, "not read", {in.path}};
    std::string hint;
    if (path == "-") {
      source = core::Source("<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {}));
    } else {
      auto& f = fetched[next++];
      if (f.ok()) {
        hint = f->format_hint;
        source = std::move(f->source);
      } else {
        source = f.error();
      }
    }
    if (!source.ok()) {
      in.errors.push_back(source.error());
      out.push_back(std::move(in));
      continue;
    }
    auto doc = scrapers::read_document(std::move(*source), hint);
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
