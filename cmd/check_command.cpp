// The default command: `factcheck [options] FILE|-...` checks articles and prints findings; tested by tests/cmd/cli_test.cpp.
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "audit/pipeline.h"
#include "cmd/apply_fixes.h"
#include "cmd/catalog_session.h"
#include "cmd/cli_conventions.h"
#include "cmd/commands.h"
#include "cmd/config_file.h"
#include "cmd/inputs.h"
#include "cmd/review_data.h"
#include "reports/atomic_write.h"
#include "reports/render.h"
#include "rules/checker.h"
#include "rules/rule.h"

namespace cmd {
namespace {

struct CheckFlags {
  std::vector<std::string> files;
  std::vector<std::string> exclude;
  std::string format = "text";
  std::string fail_on;
  CatalogFlags catalog;
  std::string output;
  std::string config;
  bool no_color = false;
  std::string color = "auto";
  bool quiet = false;
  std::vector<std::string> subcommands;  // for the unknown-command message
  bool report_unused_disables = false;
  bool fix = false;
  bool backup = false;
  bool list_rules = false;
  std::string explain;
};

int list_rules() {
  for (const auto& r : rules::rule_infos()) {
    std::printf("%-34s %-8s %s\n", r.id.c_str(), core::to_string(r.default_severity), r.summary.c_str());
  }
  return 0;
}

int explain(const std::string& id) {
  const auto* r = rules::find_rule_info(id);
  if (!r) {
    std::fprintf(stderr, "factcheck: unknown rule \"%s\" (see factcheck --list-rules)\n", id.c_str());
    return 2;
  }
  std::printf("%s (%s, default severity %s)\n\n%s\n\n%s\n", r->id.c_str(), r->family.c_str(),
              core::to_string(r->default_severity), r->summary.c_str(), r->help.c_str());
  return 0;
}

int run_check(const CheckFlags& flags) {
  if (flags.list_rules) return list_rules();
  if (!flags.explain.empty()) return explain(flags.explain);
  if (flags.files.empty()) {
    std::fprintf(stderr, "factcheck: no input files (try factcheck --help)\n");
    return 2;
  }
  if (auto typo = unknown_subcommand_message(flags.files.front(), flags.subcommands); !typo.empty()) {
    std::fprintf(stderr, "%s\n", typo.c_str());
    return 2;
  }
  reports::Format format;
  if (!reports::parse_format(flags.format, format)) {
    std::fprintf(stderr, "factcheck: unknown format \"%s\" (%s)\n", flags.format.c_str(), reports::format_names());
    return 2;
  }
  bool input_error = false;
  const std::vector<std::string> files = expand_args(flags.files, flags.exclude, input_error);
  // Settings: flags win over .factcheck.json, which is found upward from the first file.
  auto config = config_for_run(files, flags.config, flags.catalog.no_config);
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.error().format().c_str());
    return 2;
  }
  std::optional<core::Severity> threshold;
  std::string fail_on = !flags.fail_on.empty() ? flags.fail_on : config->fail_on.value_or("error");
  if (!parse_fail_on(fail_on, threshold)) {
    std::fprintf(stderr, "factcheck: --fail-on must be error, warning, info or none, not \"%s\"\n", fail_on.c_str());
    return 2;
  }
  auto session = open_catalog(catalog_layers(flags.catalog, config->catalog_paths, config->path));
  if (!session) return 3;
  rules::CheckOptions options;
  options.disabled_rules.insert(config->disable.begin(), config->disable.end());

  bool failing = false;
  std::vector<core::FileReport> reports_out;
  for (auto& input : read_inputs(files)) {
    if (!input.document) {
      input_error = true;
      core::FileReport report;
      report.path = input.path;
      report.errors = input.errors;
      reports_out.push_back(std::move(report));
      continue;
    }
    auto checked = audit::check_document(input.document, *session, options, input.path);
    input_error = input_error || checked.input_error;
    auto& report = checked.report;
    if (flags.report_unused_disables) {
      for (const auto& e : checked.unused_suppressions) std::fprintf(stderr, "%s\n", e.format().c_str());
      failing = failing || !checked.unused_suppressions.empty();
    }
    add_review_data(report, input.document, checked.claims, session->catalog);
    if (flags.fix) {
      auto fixed = apply_fixes(report, flags.backup);
      if (fixed.error) report.errors.push_back(*fixed.error), input_error = true;
      if (fixed.applied > 0) std::fprintf(stderr, "factcheck: fixed %d finding(s) in %s\n", fixed.applied, report.path.c_str());
    }
    for (const auto& f : report.findings) failing = failing || (threshold && f.severity >= *threshold);
    reports_out.push_back(std::move(report));
  }
  reports::RenderOptions render_options;
  render_options.color = format == reports::Format::text && flags.output.empty() &&
                         use_color(flags.color, flags.no_color, isatty(STDOUT_FILENO));
  render_options.summary = !flags.quiet;
  render_options.file_table = !flags.quiet && reports_out.size() > 1;
  render_options.tool_version = FACTCHECK_VERSION;
  std::error_code ec;
  render_options.base_directory = std::filesystem::current_path(ec).string();
  const std::string rendered = reports::render(format, reports_out, rules::rule_infos(), render_options);
  if (!flags.output.empty()) {
    if (auto error = reports::write_file_atomically(flags.output, rendered)) {
      std::fprintf(stderr, "%s\n", error->format().c_str());
      return 2;
    }
  } else {
    std::fwrite(rendered.data(), 1, rendered.size(), stdout);
  }
  // Input errors also go to stderr when the report format would hide them from a person.
  if (format != reports::Format::text || !flags.output.empty()) {
    for (const auto& r : reports_out) {
      for (const auto& e : r.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    }
  }
  if (input_error) return 2;
  return failing ? 1 : 0;
}

}  // namespace

void add_check_options(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<CheckFlags>();
  app.add_option("files", flags->files,
                 "Articles to check: files (Markdown, HTML, text, PDF), folders (walked for .md .markdown .html .htm "
                 ".txt .pdf, honouring .gitignore and .factcheckignore), quoted globs ('docs/**/*.md'), http(s) URLs, "
                 "- for stdin");
  app.add_option("--exclude", flags->exclude, "Skip paths matching this gitignore-style pattern (repeatable)")
      ->allow_extra_args(false);  // `--exclude x docs/`: docs/ is an input, not a second pattern
  app.add_option("--format,-f", flags->format, std::string("Output format: ") + reports::format_names());
  app.add_option("--fail-on", flags->fail_on, "Exit 1 when a finding is at least this severe: error (default), warning, info; none never exits 1");
  add_catalog_flags(app, flags->catalog);
  app.add_option("--output,-o", flags->output, "Write the report to this file (atomically) instead of stdout");
  app.add_option("--config", flags->config, "Use this config file instead of the .factcheck.json found upward");
  app.add_option("--color", flags->color, "Colour the text output: auto (a TTY, unless NO_COLOR; FORCE_COLOR forces), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--no-color", flags->no_color, "Same as --color=never");
  app.add_flag("-q,--quiet", flags->quiet, "Print the findings only: no summary line, no per-file table");
  app.add_flag("--report-unused-disables", flags->report_unused_disables,
               "List factcheck-disable comments that suppressed nothing (on stderr; they make the exit 1)");
  app.add_flag("--fix", flags->fix, "Apply unambiguous suggestions in place (atomically); the report shows what is left");
  app.add_flag("--backup", flags->backup, "With --fix, keep each changed file's original as FILE.orig");
  app.add_flag("--list-rules", flags->list_rules, "List the rules and exit");
  app.add_option("--explain", flags->explain, "Explain one rule and exit");
  app.callback([&app, flags, &exit_code] {
    if (!app.get_subcommands().empty()) return;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) flags->subcommands.push_back(sub->get_name());
    exit_code = run_check(*flags);
  });
}

}  // namespace cmd
