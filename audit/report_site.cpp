// Writes the audit report folder and prints the history; tested in tests/audit/audit_command_test.cpp.
#include "audit/report_site.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "audit/gpu_pages.h"
#include "audit/report_filters.h"
#include "audit/report_style.h"
#include "audit/run_summary.h"
#include "reports/atomic_write.h"
#include "reports/display_names.h"
#include "reports/html_text.h"

namespace audit {
namespace {

using reports::html_escape;

// What a row says in words for people.
struct Names {
  const catalog::Catalog& catalog;

  std::string gpu(const std::string& id) const {
    const catalog::Gpu* g = catalog.find(id);
    return g ? g->name : id;
  }
};

// Streamed from the history row by row: a run with thousands of findings never holds them.
void findings_table(const HistoryStore& db, int64_t run, const std::string& state, const Names& names,
                    reports::AtomicFile& file) {
  bool any = false;
  db.each_finding(run, state, [&](const FindingRow& f) {
    if (!any) {
      file.append("<div class=\"table-wrap\"><table class=\"findings\"><tr><th>source</th><th>GPU</th><th>field</th>"
                  "<th>claimed</th><th>expected</th><th>message</th><th>rule</th><th>fingerprint</th></tr>\n");
      any = true;
    }
    std::string gpu = html_escape(names.gpu(f.gpu));
    if (!f.gpu.empty()) gpu = "<a href=\"gpu/" + report_file_name(f.gpu) + ".html\">" + gpu + "</a>";
    file.append("<tr class=\"" + html_escape(f.state) + "\" data-gpu=\"" + html_escape(f.gpu) + "\" data-field=\"" +
                html_escape(f.field) + "\" data-kind=\"" + html_escape(f.source_kind) + "\"><td>" +
                html_escape(f.source_id) + ":" + std::to_string(f.line) + (f.carried ? " (not re-read)" : "") + "</td><td>" +
                gpu + "</td><td>" + html_escape(reports::field_label(f.field)) + "</td><td>" + html_escape(f.claimed) +
                "</td><td>" + html_escape(f.expected) + "</td><td class=\"message\">" + html_escape(f.message) +
                (f.waiver.empty() ? "" : "<br><small>waiver: " + html_escape(f.waiver) + "</small>") + "</td><td>" +
                html_escape(f.rule) + "</td><td><code>" + html_escape(f.fingerprint) + "</code></td></tr>\n");
    return true;
  });
  file.append(any ? "</table></div>\n" : "<p class=\"none\">none</p>\n");
}

// The filter menus list what this run's findings and sources hold, with counts.
std::vector<FilterAxis> filter_axes(const HistoryStore& db, int64_t run, const Names& names) {
  FilterAxis gpu{"gpu", "GPU", {}}, field{"field", "Field", {}}, kind{"kind", "Source kind", {}};
  for (const auto& [id, n] : db.finding_tally(run, FindingColumn::gpu)) gpu.values[id] = names.gpu(id) + " (" + std::to_string(n) + ")";
  for (const auto& [id, n] : db.finding_tally(run, FindingColumn::field)) {
    field.values[id] = reports::field_label(id) + " (" + std::to_string(n) + ")";
  }
  for (const auto& [id, n] : db.fetch_kinds(run)) {
    kind.values[id] = id + " (" + std::to_string(n) + (n == 1 ? " source)" : " sources)");
  }
  return {gpu, field, kind};
}

std::string link_or_text(const std::string& url) {
  return reports::is_safe_link(url) ? "<a href=\"" + html_escape(url) + "\">" + html_escape(url) + "</a>" : html_escape(url);
}

// Every GPU page of the run, with how many sources spoke of it: the way in for the catalog
// team, since findings only link the GPUs something is wrong with.
std::string gpu_pages_list(const std::vector<ClaimGpu>& gpus, const Names& names) {
  if (gpus.empty()) return "";
  std::string out = "<h2>GPU pages</h2>\n<ul class=\"gpu-pages\">";
  for (const auto& g : gpus) {
    out += "<li><a href=\"gpu/" + report_file_name(g.gpu) + ".html\">" + html_escape(names.gpu(g.gpu)) +
           "</a> <span class=\"none\">" + std::to_string(g.sources) + (g.sources == 1 ? " source" : " sources") +
           "</span></li>";
  }
  return out + "</ul>\n";
}

void write_index(const AuditResult& r, const HistoryStore& db, const Names& names, const std::vector<ClaimGpu>& gpus,
                 reports::AtomicFile& file) {
  const std::vector<FilterAxis> axes = filter_axes(db, r.run, names);
  std::string body = report_page_head(html_escape("factcheck audit run " + std::to_string(r.run)), filter_css(axes)) +
                     "<h1>factcheck audit, run " + std::to_string(r.run) + "</h1>\n<p>" +
                     html_escape(r.totals.started_at) + " to " + html_escape(r.totals.finished_at) +
                     (r.previous_run ? ", compared with run " + std::to_string(r.previous_run) : ", the first run") + ". <b>" +
                     std::to_string(r.totals.new_count) + " new</b>, " + std::to_string(r.totals.fixed) + " fixed, " +
                     std::to_string(r.totals.open) + " open, " + std::to_string(r.totals.waived) + " waived; sources " +
                     std::to_string(r.totals.sources_ok) + " ok, " + std::to_string(r.totals.sources_stale) + " stale, " +
                     std::to_string(r.totals.sources_failed) + " failed. Exit " + std::to_string(r.exit_code) + ".</p>\n";
  body += filter_controls(axes);
  for (const auto& w : r.expired_waivers) body += "<p class=\"new\"><b>Waiver expired:</b> " + html_escape(w) + "</p>\n";
  std::vector<std::pair<int64_t, int>> trend;
  for (const auto& run : db.runs(60)) {
    if (run.status == "complete" && trend.size() < 30) trend.push_back({run.id, run.open});
  }
  std::reverse(trend.begin(), trend.end());
  body += "<h2>Open findings, last " + std::to_string(trend.size()) + " runs</h2>\n" + trend_svg(trend) + "\n";
  file.append(body);
  for (const auto& [state, title] : {std::pair<const char*, const char*>{"new", "New"}, {"fixed", "Fixed"},
                                     {"open", "Still open"}, {"waived", "Waived"}}) {
    file.append(std::string("<h2>") + title + "</h2>\n");
    findings_table(db, r.run, state, names, file);
  }
  file.append("<h2>Sources</h2>\n<div class=\"table-wrap\"><table class=\"sources\"><tr><th>source</th><th>kind</th><th>status</th><th>HTTP</th><th>bytes</th><th>ms</th>"
          "<th>open findings</th><th>note</th><th>page</th></tr>\n");
  db.each_fetch(r.run, [&](const FetchRow& f) {
    std::string note = f.error;
    if (f.status == "stale" && f.good_copy_run) note += " [stale: copy from run " + std::to_string(f.good_copy_run) + "]";
    file.append("<tr class=\"" + html_escape(f.status) + "\" data-kind=\"" + html_escape(f.kind) + "\"><td>" + html_escape(f.source_id) + "</td><td>" + html_escape(f.kind) +
            "</td><td>" + html_escape(f.status) + "</td><td>" + (f.http_status ? std::to_string(f.http_status) : "") +
            "</td><td>" + std::to_string(f.bytes) + "</td><td>" + std::to_string(static_cast<long long>(f.elapsed_ms)) +
            "</td><td>" + std::to_string(f.findings) + "</td><td>" + html_escape(note) + "</td><td class=\"url\">" +
            link_or_text(f.page_url.empty() ? f.location : f.page_url) + "</td></tr>\n");
    return true;
  });
  file.append("</table></div>\n" + gpu_pages_list(gpus, names) + report_page_tail());
}

}  // namespace

std::optional<core::Error> write_audit_report(const std::string& out_dir, const AuditResult& result,
                                              const std::string& db_path, const CatalogSession& session) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(fs::path(out_dir) / "gpu", ec);
  if (ec) return core::Error{core::ErrorCode::io, "cannot create the report folder: " + ec.message(), {out_dir}};
  auto store = HistoryStore::open(db_path);
  if (!store.ok()) return store.error();
  const HistoryStore& db = **store;
  {
    reports::AtomicFile summary(out_dir + "/summary.json");
    if (auto e = write_summary_json(result, db, summary)) return e;
  }
  const Names names{session.catalog};
  // The claims and findings stay in the database: the index needs per GPU only a count, and
  // the pages stream them (gpu_pages.h), so the report's memory does not grow with the run.
  const std::vector<ClaimGpu> gpus = db.claim_gpus(result.run);
  {
    reports::AtomicFile index(out_dir + "/index.html");
    write_index(result, db, names, gpus, index);
    if (auto e = index.commit()) return e;
  }
  return write_gpu_pages(out_dir + "/gpu", db, result.run, gpus, GpuPagesInput{session.catalog});
}

std::optional<core::Error> print_audit_summary(const AuditResult& result, const std::string& db_path, std::FILE* out) {
  auto store = HistoryStore::open(db_path);
  if (!store.ok()) return store.error();
  print_summary(result, **store, out);
  return std::nullopt;
}

int print_history(const std::string& db_path) {
  auto store = HistoryStore::open(db_path);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.error().format().c_str());
    return 2;
  }
  std::printf("%-6s %-20s %-9s %5s %5s %5s %6s  %s\n", "run", "started", "status", "new", "fixed", "open", "waived",
              "sources ok/stale/failed");
  for (const auto& r : (*store)->runs(1000)) {
    std::printf("%-6lld %-20s %-9s %5d %5d %5d %6d  %d/%d/%d\n", static_cast<long long>(r.id), r.started_at.c_str(),
                r.status.c_str(), r.new_count, r.fixed, r.open, r.waived, r.sources_ok, r.sources_stale, r.sources_failed);
  }
  return 0;
}

int print_run(const std::string& db_path, int64_t id) {
  auto store = HistoryStore::open(db_path);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.error().format().c_str());
    return 2;
  }
  auto run = (*store)->run(id);
  if (!run) {
    std::fprintf(stderr, "factcheck audit: no run %lld in %s\n", static_cast<long long>(id), db_path.c_str());
    return 2;
  }
  std::printf("run %lld: %s, %s to %s; %d new, %d fixed, %d open, %d waived; exit %d\n", static_cast<long long>(run->id),
              run->status.c_str(), run->started_at.c_str(), run->finished_at.c_str(), run->new_count, run->fixed, run->open,
              run->waived, run->exit_code);
  (*store)->each_fetch(id, [](const FetchRow& f) {
    std::printf("  source %-40s %-6s http %3ld %8lld bytes %6.0f ms %d open%s%s\n", f.source_id.c_str(), f.status.c_str(),
                f.http_status, static_cast<long long>(f.bytes), f.elapsed_ms, f.findings, f.error.empty() ? "" : "  ",
                f.error.c_str());
    return true;
  });
  (*store)->each_finding(id, "", [](const FindingRow& f) {
    std::printf("  %-6s %s:%d: %s: %s [%s] {%s}%s\n", f.state.c_str(), f.source_id.c_str(), f.line, f.severity.c_str(),
                f.message.c_str(), f.rule.c_str(), f.fingerprint.c_str(), f.carried ? " (source not re-read)" : "");
    return true;
  });
  return 0;
}

}  // namespace audit
