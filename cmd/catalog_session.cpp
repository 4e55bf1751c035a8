// Catalog loading shared by the checker and `factcheck claims`; tested by tests/cmd/cli_test.cpp.
#include "cmd/catalog_session.h"

#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

std::string catalog_dir(const std::string& flag) { return flag.empty() ? default_datasets_dir() + "/catalog" : flag; }

std::unique_ptr<CatalogSession> open_catalog(const std::string& dir, const std::vector<std::string>& extra_dirs) {
  auto loaded = audit::load_catalog_session(dir, extra_dirs);
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    std::fprintf(stderr, "factcheck: catalog %s is unavailable (%zu problems)\n", dir.c_str(), loaded.errors.size());
    return nullptr;
  }
  return std::move(loaded.session);
}

}  // namespace cmd
