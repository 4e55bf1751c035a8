// Writes the audit report folder and prints the history; tested in tests/audit/audit_command_test.cpp.
#include "audit/report_site.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "audit/report_filters.h"
#include "audit/report_style.h"
#include "audit/run_summary.h"
#include "reports/atomic_write.h"
#include "reports/display_names.h"
#include "reports/html_text.h"

namespace audit {
namespace {

using reports::html_escape;

std::string safe_file_name(const std::string& id) {
  std::string out;
  for (char c : id) out.push_back(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_');
  return out.empty() ? "_" : out;
}

// What a row says in words for people, and what it is filtered on.
struct Names {
  const catalog::Catalog& catalog;
  std::map<std::string, std::string> source_kind;  // source id -> vendor | article | database

  std::string gpu(const std::string& id) const {
    const catalog::Gpu* g = catalog.find(id);
    return g ? g->name : id;
  }
  std::string kind(const std::string& source) const {
    auto it = source_kind.find(source);
    return it == source_kind.end() ? std::string() : it->second;
  }
};

std::string findings_table(const std::vector<const FindingRow*>& rows, const Names& names) {
  if (rows.empty()) return "<p class=\"none\">none</p>\n";
  std::string out = "<div class=\"table-wrap\"><table class=\"findings\"><tr><th>source</th><th>GPU</th><th>field</th>"
                    "<th>claimed</th><th>expected</th><th>message</th><th>rule</th><th>fingerprint</th></tr>\n";
  for (const auto* f : rows) {
    std::string gpu = html_escape(names.gpu(f->gpu));
    if (!f->gpu.empty()) gpu = "<a href=\"gpu/" + safe_file_name(f->gpu) + ".html\">" + gpu + "</a>";
    out += "<tr class=\"" + html_escape(f->state) + "\" data-gpu=\"" + html_escape(f->gpu) + "\" data-field=\"" +
           html_escape(f->field) + "\" data-kind=\"" + html_escape(names.kind(f->source_id)) + "\"><td>" +
           html_escape(f->source_id) + ":" + std::to_string(f->line) + (f->carried ? " (not re-read)" : "") + "</td><td>" +
           gpu + "</td><td>" + html_escape(reports::field_label(f->field)) + "</td><td>" + html_escape(f->claimed) +
           "</td><td>" + html_escape(f->expected) + "</td><td class=\"message\">" + html_escape(f->message) +
           (f->waiver.empty() ? "" : "<br><small>waiver: " + html_escape(f->waiver) + "</small>") + "</td><td>" +
           html_escape(f->rule) + "</td><td><code>" + html_escape(f->fingerprint) + "</code></td></tr>\n";
  }
  return out + "</table></div>\n";
}

// The filter menus list what this run's findings and sources hold, with counts.
std::vector<FilterAxis> filter_axes(const AuditResult& r, const std::vector<FetchRow>& fetches, const Names& names) {
  FilterAxis gpu{"gpu", "GPU", {}}, field{"field", "Field", {}}, kind{"kind", "Source kind", {}};
  std::map<std::string, int> gpus, fields, kinds;
  for (const auto& f : r.findings) {
    if (!f.gpu.empty()) ++gpus[f.gpu];
    if (!f.field.empty()) ++fields[f.field];
  }
  for (const auto& f : fetches) ++kinds[f.kind];
  for (const auto& [id, n] : gpus) gpu.values[id] = names.gpu(id) + " (" + std::to_string(n) + ")";
  for (const auto& [id, n] : fields) field.values[id] = reports::field_label(id) + " (" + std::to_string(n) + ")";
  for (const auto& [id, n] : kinds) kind.values[id] = id + " (" + std::to_string(n) + (n == 1 ? " source)" : " sources)");
  return {gpu, field, kind};
}

std::string link_or_text(const std::string& url) {
  return reports::is_safe_link(url) ? "<a href=\"" + html_escape(url) + "\">" + html_escape(url) + "</a>" : html_escape(url);
}

using ClaimsByGpu = std::map<std::string, std::vector<std::pair<std::string, ClaimRow>>>;

// Every GPU page of the run, with how many sources spoke of it: the way in for the catalog
// team, since findings only link the GPUs something is wrong with.
std::string gpu_pages_list(const ClaimsByGpu& by_gpu, const Names& names) {
  if (by_gpu.empty()) return "";
  std::string out = "<h2>GPU pages</h2>\n<ul class=\"gpu-pages\">";
  for (const auto& [id, claims] : by_gpu) {
    std::set<std::string> sources;
    for (const auto& c : claims) sources.insert(c.first);
    out += "<li><a href=\"gpu/" + safe_file_name(id) + ".html\">" + html_escape(names.gpu(id)) + "</a> <span class=\"none\">" +
           std::to_string(sources.size()) + (sources.size() == 1 ? " source" : " sources") + "</span></li>";
  }
  return out + "</ul>\n";
}

std::string index_html(const AuditResult& r, const HistoryStore& db, const std::vector<FetchRow>& fetches,
                       const Names& names, const ClaimsByGpu& by_gpu) {
  const std::vector<FilterAxis> axes = filter_axes(r, fetches, names);
  std::map<std::string, std::vector<const FindingRow*>> by_state;
  for (const auto& f : r.findings) by_state[f.state].push_back(&f);
  std::string body = "<h1>factcheck audit, run " + std::to_string(r.run) + "</h1>\n<p>" +
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
  body += "<h2>New</h2>\n" + findings_table(by_state["new"], names);
  body += "<h2>Fixed</h2>\n" + findings_table(by_state["fixed"], names);
  body += "<h2>Still open</h2>\n" + findings_table(by_state["open"], names);
  body += "<h2>Waived</h2>\n" + findings_table(by_state["waived"], names);
  body += "<h2>Sources</h2>\n<div class=\"table-wrap\"><table class=\"sources\"><tr><th>source</th><th>kind</th><th>status</th><th>HTTP</th><th>bytes</th><th>ms</th>"
          "<th>open findings</th><th>note</th><th>page</th></tr>\n";
  for (const auto& f : fetches) {
    std::string note = f.error;
    if (f.status == "stale" && f.good_copy_run) note += " [stale: copy from run " + std::to_string(f.good_copy_run) + "]";
    body += "<tr class=\"" + html_escape(f.status) + "\" data-kind=\"" + html_escape(f.kind) + "\"><td>" + html_escape(f.source_id) + "</td><td>" + html_escape(f.kind) +
            "</td><td>" + html_escape(f.status) + "</td><td>" + (f.http_status ? std::to_string(f.http_status) : "") +
            "</td><td>" + std::to_string(f.bytes) + "</td><td>" + std::to_string(static_cast<long long>(f.elapsed_ms)) +
            "</td><td>" + std::to_string(f.findings) + "</td><td>" + html_escape(note) + "</td><td class=\"url\">" +
            link_or_text(f.page_url.empty() ? f.location : f.page_url) + "</td></tr>\n";
  }
  body += "</table></div>\n" + gpu_pages_list(by_gpu, names);
  return report_page(html_escape("factcheck audit run " + std::to_string(r.run)), filter_css(axes), body);
}

std::string catalog_value(const catalog::Gpu& gpu, const std::string& field) {
  const auto* v = gpu.field(field);
  if (!v) return "";
  if (!v->is_number()) return v->text();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v->number());
  return v->unit.empty() ? buf : std::string(buf) + " " + v->unit;
}

// Fields x sources for one GPU: the catalog column first, then each source that said
// something about it; a cell with an open finding is marked.
std::string gpu_html(const catalog::Gpu* gpu, const std::string& id, const Names& names,
                     const std::vector<std::pair<std::string, ClaimRow>>& claims,
                     const std::set<std::tuple<std::string, std::string, std::string>>& flagged) {
  std::set<std::string> fields, sources;
  std::map<std::pair<std::string, std::string>, std::string> cell;
  for (const auto& [source, c] : claims) {
    fields.insert(c.field);
    sources.insert(source);
    auto& text = cell[{c.field, source}];
    if (text.find(c.value) == std::string::npos) text += (text.empty() ? "" : "; ") + c.value;
  }
  std::string body = "<p><a href=\"../index.html\">\xE2\x86\x90 audit run</a></p><h1>" + html_escape(gpu ? gpu->name : id) +
                     "</h1>\n<p class=\"lead\">What each source said about each field this run, beside the catalog; a "
                     "<span class=\"bad\">marked cell</span> disagrees with the catalog.</p>\n";
  body += "<div class=\"table-wrap\"><table class=\"fields\"><tr><th>field</th><th>catalog</th>";
  for (const auto& s : sources) {
    const std::string kind = names.kind(s);
    body += "<th>" + html_escape(s) + (kind.empty() ? "" : "<br><span class=\"kind\">" + html_escape(kind) + "</span>") + "</th>";
  }
  body += "</tr>\n";
  for (const auto& field : fields) {
    body += "<tr><th>" + html_escape(reports::field_label(field)) + "</th><td>" + html_escape(gpu ? catalog_value(*gpu, field) : "") + "</td>";
    for (const auto& s : sources) {
      auto it = cell.find({field, s});
      bool bad = flagged.count({s, id, field}) > 0;
      body += std::string("<td") + (bad ? " class=\"bad\" title=\"disagrees with the catalog\"" : "") + ">" +
              (it == cell.end() ? "" : html_escape(it->second)) + "</td>";
    }
    body += "</tr>\n";
  }
  return report_page(html_escape((gpu ? gpu->name : id) + ": fields by source"), "", body + "</table></div>\n");
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
  if (auto e = reports::write_file_atomically(out_dir + "/summary.json", summary_json(result))) return e;
  const std::vector<FetchRow> fetches = db.fetches(result.run);
  Names names{session.catalog, {}};
  for (const auto& f : fetches) names.source_kind[f.source_id] = f.kind;
  ClaimsByGpu by_gpu;
  for (auto& [source, c] : db.claims(result.run)) {
    if (c.gpu.empty() || c.gpu[0] == '?') continue;
    by_gpu[c.gpu].push_back({source, c});
  }
  if (auto e = reports::write_file_atomically(out_dir + "/index.html", index_html(result, db, fetches, names, by_gpu))) {
    return e;
  }
  std::set<std::tuple<std::string, std::string, std::string>> flagged;
  for (const auto& f : result.findings) {
    if (f.state == "new" || f.state == "open") flagged.insert({f.source_id, f.gpu, f.field});
  }
  for (const auto& [id, claims] : by_gpu) {
    std::string html = gpu_html(session.catalog.find(id), id, names, claims, flagged);
    if (auto e = reports::write_file_atomically(out_dir + "/gpu/" + safe_file_name(id) + ".html", html)) return e;
  }
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
  for (const auto& f : (*store)->fetches(id)) {
    std::printf("  source %-40s %-6s http %3ld %8lld bytes %6.0f ms %d open%s%s\n", f.source_id.c_str(), f.status.c_str(),
                f.http_status, static_cast<long long>(f.bytes), f.elapsed_ms, f.findings, f.error.empty() ? "" : "  ",
                f.error.c_str());
  }
  for (const auto& f : (*store)->findings(id)) {
    std::printf("  %-6s %s:%d: %s: %s [%s] {%s}%s\n", f.state.c_str(), f.source_id.c_str(), f.line, f.severity.c_str(),
                f.message.c_str(), f.rule.c_str(), f.fingerprint.c_str(), f.carried ? " (source not re-read)" : "");
  }
  return 0;
}

}  // namespace audit
