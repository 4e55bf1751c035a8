// Catalog loading shared by the checker and `factcheck claims`; tested by tests/cmd/cli_test.cpp.
#include "cmd/catalog_session.h"

#include <cstdio>

#include "cmd/commands.h"

namespace cmd {

std::string catalog_dir(const std::string& flag) { return flag.empty() ? default_datasets_dir() + "/catalog" : flag; }

std::unique_ptr<CatalogSession> open_catalog(const std::string& dir, const std::vector<std::string>& extra_dirs) {
  auto loaded = catalog::load_catalog(dir);
  // Extra catalogs (a publication's own GPUs) add records; an id already known is an error.
  for (const auto& extra : extra_dirs) {
    auto more = catalog::load_catalog(extra);
    loaded.errors.insert(loaded.errors.end(), more.errors.begin(), more.errors.end());
    for (const auto& gpu : more.catalog.gpus()) {
      if (loaded.catalog.find(gpu.id)) {
        loaded.errors.push_back({core::ErrorCode::schema, "GPU id \"" + gpu.id + "\" is already in " + dir, gpu.position});
        continue;
      }
      loaded.catalog.add(gpu);
    }
    for (const auto& family : more.catalog.families()) loaded.catalog.add_family(family);
  }
  loaded.catalog.index();
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    std::fprintf(stderr, "factcheck: catalog %s is unavailable (%zu problems)\n", dir.c_str(), loaded.errors.size());
    return nullptr;
  }
  auto session = std::make_unique<CatalogSession>();
  session->catalog = std::move(loaded.catalog);
  session->matcher = std::make_unique<extract::EntityMatcher>(session->catalog.alias_table());
  return session;
}

}  // namespace cmd
