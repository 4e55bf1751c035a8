// `factcheck audit [run|history|show RUN]`: flag parsing only, the work is in audit/; tested by tests/audit/audit_command_test.cpp.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "audit/audit_run.h"
#include "audit/report_site.h"
#include "audit/run_summary.h"
#include "cmd/catalog_session.h"
#include "cmd/commands.h"

namespace cmd {
namespace {

struct AuditFlags {
  std::string sources;
  std::string db = "factcheck-audit.sqlite";
  std::string out = "audit-report";
  std::string only;
  std::string catalog;
  std::string waivers;
  std::string cache;
  std::string fail_on = "error";
  std::string today;
  std::string user_agent;
  size_t jobs = 8;
  size_t per_host = 2;
  size_t queue_window = 0;
  long host_delay_ms = 200;
  long timeout_ms = 60'000;
  long connect_timeout_ms = 10'000;
  size_t max_bytes = 32 * 1024 * 1024;
  int retries = 3;
  double max_failed_share = 0.5;
  bool no_robots = false;
  bool no_progress = false;
};

int run(const AuditFlags& f) {
  const std::string datasets = default_datasets_dir();
  auto list = audit::load_sources(f.sources.empty() ? datasets + "/sources" : f.sources);
  for (const auto& e : list.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
  if (!list.errors.empty()) return 2;
  auto sources = audit::with_tag(std::move(list.sources), f.only);
  if (sources.empty()) {
    std::fprintf(stderr, "factcheck audit: no sources%s\n", f.only.empty() ? "" : (" tagged " + f.only).c_str());
    return 2;
  }
  auto waivers = audit::load_waivers(f.waivers.empty() ? datasets + "/waivers.json" : f.waivers);
  for (const auto& e : waivers.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
  if (!waivers.errors.empty()) return 2;
  // The bundled catalog, or the one --catalog names (the audit checks one catalog, not layers).
  auto session = open_catalog({CatalogLayer{f.catalog.empty() ? default_datasets_dir() + "/catalog" : f.catalog,
                                            f.catalog.empty() ? "bundled" : "--catalog"}});
  if (!session) return 3;

  audit::AuditOptions o;
  o.db_path = f.db;
  o.fail_on = f.fail_on;
  o.max_failed_share = f.max_failed_share;
  o.today = f.today;
  o.fetch.max_parallel = f.jobs;
  o.fetch.max_per_host = f.per_host;
  o.fetch.queue_window = f.queue_window;
  o.fetch.host_delay_ms = f.host_delay_ms;
  o.fetch.timeout_ms = f.timeout_ms;
  o.fetch.connect_timeout_ms = f.connect_timeout_ms;
  o.fetch.max_bytes = f.max_bytes;
  o.fetch.max_retries = f.retries;
  o.fetch.honour_robots = !f.no_robots;
  o.fetch.cache_dir = f.cache;
  if (!f.user_agent.empty()) o.fetch.user_agent = f.user_agent;
  const bool tty = isatty(STDERR_FILENO);
  auto result = audit::run_audit(sources, *session, waivers, o, [&](const audit::SourceProgress& p) {
    if (!f.no_progress) audit::print_progress(p, tty);
  });
  for (const auto& e : result.errors) std::fprintf(stderr, "%s\n", e.format().c_str());
  if (result.exit_code == 2) return 2;
  if (result.aborted_runs_found) {
    std::fprintf(stderr, "factcheck audit: %d earlier run(s) had been interrupted and are marked aborted\n",
                 result.aborted_runs_found);
  }
  for (const auto& w : result.expired_waivers) std::fprintf(stderr, "factcheck audit: WAIVER EXPIRED: %s\n", w.c_str());
  if (auto e = audit::write_audit_report(f.out, result, f.db, *session)) {
    std::fprintf(stderr, "%s\n", e->format().c_str());
    return 2;
  }
  if (auto e = audit::print_audit_summary(result, f.db, stdout)) {
    std::fprintf(stderr, "%s\n", e->format().c_str());
    return 2;
  }
  return result.exit_code;
}

}  // namespace

void add_audit_command(CLI::App& app, int& exit_code) {
  auto f = std::make_shared<AuditFlags>();
  auto* sub = app.add_subcommand("audit", "The nightly catalog audit: fetch sources, check them, compare with the last run");
  sub->add_option("--sources", f->sources, "Sources folder, sources .json, or a text file of URLs (default: bundled)");
  sub->add_option("--db", f->db, "SQLite history file (default: ./factcheck-audit.sqlite)");
  sub->add_option("--out", f->out, "Report folder (default: ./audit-report)");
  sub->add_option("--only", f->only, "Only sources with this tag (or id)");
  sub->add_option("--jobs", f->jobs, "Transfers at once (default 8)")->check(CLI::PositiveNumber);
  sub->add_option("--per-host", f->per_host, "Transfers at once to one host (default 2)")->check(CLI::PositiveNumber);
  sub->add_option("--queue-window", f->queue_window, "Sources read ahead of the transfers (default 8 x --jobs)");
  sub->add_option("--host-delay-ms", f->host_delay_ms, "Pause between two requests to one host (default 200)");
  sub->add_option("--timeout-ms", f->timeout_ms, "Whole-transfer timeout (default 60000)");
  sub->add_option("--connect-timeout-ms", f->connect_timeout_ms, "Connect timeout (default 10000)");
  sub->add_option("--max-bytes", f->max_bytes, "Largest body accepted (default 32 MiB)");
  sub->add_option("--retries", f->retries, "Retries on timeouts, 429 and 5xx (default 3)");
  sub->add_option("--user-agent", f->user_agent, "User-Agent header (robots.txt groups match its first word)");
  sub->add_flag("--no-robots", f->no_robots, "Do not read robots.txt (only for your own servers)");
  sub->add_option("--cache", f->cache, "Page cache folder for conditional GETs (default: none)");
  sub->add_option("--catalog", f->catalog, "Catalog directory (default: the bundled datasets/catalog)");
  sub->add_option("--waivers", f->waivers, "Waivers file (default: the bundled datasets/waivers.json)");
  sub->add_option("--fail-on", f->fail_on, "Exit 1 when a new finding is at least this severe (default error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  sub->add_option("--max-failed-share", f->max_failed_share, "Exit 3 when more than this share of sources failed (default 0.5)");
  sub->add_option("--today", f->today, "Date for waiver expiry, YYYY-MM-DD (default: today, UTC)");
  sub->add_flag("--no-progress", f->no_progress, "No progress bar or per-source log on stderr");

  auto* history = sub->add_subcommand("history", "List past audit runs");
  auto* show = sub->add_subcommand("show", "Show one audit run's sources and findings");
  history->fallthrough();
  show->fallthrough();
  auto show_run = std::make_shared<long long>(0);
  show->add_option("run", *show_run, "Run id")->required();
  history->callback([f, &exit_code] { exit_code = audit::print_history(f->db); });
  show->callback([f, show_run, &exit_code] { exit_code = audit::print_run(f->db, *show_run); });
  sub->callback([sub, f, &exit_code] {
    if (!sub->get_subcommands().empty()) return;
    exit_code = run(*f);
  });
}

}  // namespace cmd
