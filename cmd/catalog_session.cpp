// Catalog layers and loading shared by the checker, `claims` and `catalog`; tested by tests/cmd/catalog_layers_test.cpp.
#include "cmd/catalog_session.h"

#include <cstdio>
#include <filesystem>
#include <set>

#include "cmd/commands.h"

namespace cmd {
namespace fs = std::filesystem;

void add_catalog_flags(CLI::App& app, CatalogFlags& flags) {
  app.add_option("--catalog", flags.dirs,
                 "Add a catalog directory to the bundled one (repeatable; see --no-bundled-catalog)")
      ->allow_extra_args(false);
  app.add_flag("--no-bundled-catalog", flags.no_bundled, "Use only the --catalog and catalog_paths directories");
  app.add_flag("--no-config", flags.no_config, "Ignore .factcheck.json");
}

std::vector<CatalogLayer> catalog_layers(const CatalogFlags& flags, const std::vector<std::string>& config_paths,
                                         const std::string& config_path) {
  std::vector<CatalogLayer> wanted;
  if (!flags.no_bundled) wanted.push_back({default_datasets_dir() + "/catalog", "bundled"});
  for (const auto& d : config_paths) wanted.push_back({d, "catalog_paths in " + config_path});
  for (const auto& d : flags.dirs) wanted.push_back({d, "--catalog"});
  std::vector<CatalogLayer> out;
  std::set<std::string> seen;
  for (auto& layer : wanted) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(layer.dir, ec);
    if (seen.insert(ec ? layer.dir : real.string()).second) out.push_back(std::move(layer));
  }
  return out;
}

bool load_layers(const std::vector<CatalogLayer>& layers, catalog::LoadResult& out, const std::vector<catalog::Check>* base_checks,
                 std::vector<std::string>* layer_lines) {
  if (layers.empty()) {
    std::fprintf(stderr, "factcheck: no catalog: --no-bundled-catalog needs --catalog DIR or catalog_paths\n");
    return false;
  }
  bool ok = true;
  auto report = [&](const CatalogLayer& layer, const core::Errors& errors, bool base) {
    if (errors.empty()) return;
    ok = false;
    std::string line = std::string("factcheck: ") + (base ? "catalog " : "catalog overlay ") + layer.dir + " (" +
                       layer.origin + ") has " + std::to_string(errors.size()) + " problem(s)";
    if (layer_lines) {
      layer_lines->push_back(line);
      return;
    }
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    std::fprintf(stderr, "%s\n", line.c_str());
  };
  out = base_checks ? catalog::load_catalog(layers[0].dir, *base_checks) : catalog::load_catalog(layers[0].dir);
  report(layers[0], out.errors, true);
  for (size_t i = 1; i < layers.size(); ++i) {
    auto more = catalog::load_catalog(layers[i].dir);
    for (const auto& gpu : more.catalog.gpus()) {
      if (out.catalog.find(gpu.id)) {
        more.errors.push_back(
            {core::ErrorCode::schema, "GPU id \"" + gpu.id + "\" is already in " + layers[0].dir, gpu.position});
        continue;
      }
      out.catalog.add(gpu);
    }
    for (const auto& family : more.catalog.families()) out.catalog.add_family(family);
    report(layers[i], more.errors, false);
    out.errors.insert(out.errors.end(), more.errors.begin(), more.errors.end());
  }
  out.catalog.index();
  return ok;
}

std::unique_ptr<CatalogSession> open_catalog(const std::vector<CatalogLayer>& layers) {
  catalog::LoadResult loaded;
  if (!load_layers(layers, loaded)) return nullptr;
  auto session = std::make_unique<CatalogSession>();
  session->catalog = std::move(loaded.catalog);
  session->matcher = std::make_unique<extract::EntityMatcher>(session->catalog.alias_table());
  return session;
}

}  // namespace cmd
