// The catalog and the entity matcher built from it, loaded once per run; tested by tests/cmd/cli_test.cpp.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "audit/pipeline.h"

namespace cmd {

using CatalogSession = audit::CatalogSession;

// Loads the catalog directory (validating it); on failure prints every problem to stderr
// and returns null, which callers turn into exit 3 ("catalog unavailable").
std::unique_ptr<CatalogSession> open_catalog(const std::string& dir, const std::vector<std::string>& extra_dirs = {});

// The catalog directory: --catalog when given, else <datasets>/catalog.
std::string catalog_dir(const std::string& flag);

}  // namespace cmd
