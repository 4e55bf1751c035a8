// Which catalog directories a run loads (bundled, .factcheck.json catalog_paths, --catalog) and loading them once; tested by tests/cmd/catalog_layers_test.cpp.
#pragma once
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "audit/pipeline.h"

namespace cmd {

using CatalogSession = audit::CatalogSession;

// The same flags on the check, `claims` and every `catalog` subcommand, so a project's
// overlays are seen alike everywhere.
struct CatalogFlags {
  std::vector<std::string> dirs;  // --catalog DIR (repeatable): overlays on the bundled catalog
  bool no_bundled = false;        // --no-bundled-catalog: only the overlays
  bool no_config = false;         // --no-config: ignore .factcheck.json
};
void add_catalog_flags(CLI::App& app, CatalogFlags& flags);

struct CatalogLayer {
  std::string dir;
  std::string origin;  // "bundled", "--catalog", "catalog_paths in <config>": named in errors
};

// The bundled catalog (unless --no-bundled-catalog), then the config's catalog_paths, then the
// --catalog directories; a directory reached twice (same real path) is loaded once.
std::vector<CatalogLayer> catalog_layers(const CatalogFlags& flags, const std::vector<std::string>& config_paths,
                                         const std::string& config_path);

// Loads the layers in order: the first is the base (validated with `base_checks` when given),
// later ones add records, and an id already known is an error naming both. On any problem
// prints each error and one line per broken layer naming it, and returns false: callers turn
// that into exit 3 ("catalog unavailable").
// With `layer_lines` nothing is printed: the errors stay in `out` and the per-layer lines are
// appended there, for validate, which lists the errors on stdout first.
bool load_layers(const std::vector<CatalogLayer>& layers, catalog::LoadResult& out,
                 const std::vector<catalog::Check>* base_checks = nullptr, std::vector<std::string>* layer_lines = nullptr);

// load_layers plus the entity matcher; null on failure.
std::unique_ptr<CatalogSession> open_catalog(const std::vector<CatalogLayer>& layers);

}  // namespace cmd
