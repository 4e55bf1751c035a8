// summary.json, the stdout summary and the progress display of an audit run; tested in tests/audit/audit_run_test.cpp.
#include "audit/run_summary.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace audit {

std::optional<core::Error> write_summary_json(const AuditResult& r, const HistoryStore& db, reports::AtomicFile& file) {
  nlohmann::json j;
  j["version"] = 1;
  j["run"] = r.run;
  j["previous_run"] = r.previous_run ? nlohmann::json(r.previous_run) : nlohmann::json(nullptr);
  j["new"] = r.totals.new_count;
  j["fixed"] = r.totals.fixed;
  j["open"] = r.totals.open;
  j["still_open"] = r.totals.open - r.totals.new_count;
  j["waived"] = r.totals.waived;
  j["sources"] = {{"ok", r.totals.sources_ok}, {"stale", r.totals.sources_stale}, {"failed", r.totals.sources_failed}};
  j["exit_code"] = r.exit_code;
  j["expired_waivers"] = r.expired_waivers;
  // The totals as one object, reopened for the findings array: "{\n  ...\n}" loses its "\n}".
  std::string head = j.dump(2);
  head.resize(head.size() - 2);
  file.append(head + ",\n  \"findings\": [");
  bool first = true;
  db.each_finding(r.run, "", [&](const FindingRow& f) {
    nlohmann::json row = {{"fingerprint", f.fingerprint}, {"state", f.state}, {"carried", f.carried}, {"source", f.source_id},
                          {"rule", f.rule}, {"severity", f.severity}, {"gpu", f.gpu}, {"field", f.field},
                          {"claimed", f.claimed}, {"expected", f.expected}, {"line", f.line}, {"message", f.message}};
    file.append((first ? "\n    " : ",\n    ") + row.dump());
    first = false;
    return true;
  });
  file.append(first ? "]\n}\n" : "\n  ]\n}\n");
  return file.commit();
}

void print_summary(const AuditResult& r, const HistoryStore& db, std::FILE* out) {
  std::fprintf(out,
               "audit run %lld%s: %d new, %d fixed, %d open (%d still open), %d waived; sources %d ok, %d stale, %d failed "
               "(%.1f s)\n",
               static_cast<long long>(r.run),
               r.previous_run ? (" vs run " + std::to_string(r.previous_run)).c_str() : " (first run)", r.totals.new_count,
               r.totals.fixed, r.totals.open, r.totals.open - r.totals.new_count, r.totals.waived, r.totals.sources_ok,
               r.totals.sources_stale, r.totals.sources_failed, r.elapsed_s);
  for (const char* state : {"new", "fixed"}) {
    db.each_finding(r.run, state, [&](const FindingRow& f) {
      std::fprintf(out, "  %s%s:%d: %s: %s [%s] {%s}\n", f.state == "new" ? "new:   " : "fixed: ", f.source_id.c_str(), f.line,
                   f.severity.c_str(), f.message.c_str(), f.rule.c_str(), f.fingerprint.c_str());
      return true;
    });
  }
  for (const auto& w : r.expired_waivers) std::fprintf(out, "  EXPIRED WAIVER: %s\n", w.c_str());
}

void print_progress(const SourceProgress& p, bool tty) {
  double rate = p.elapsed_s > 0 ? static_cast<double>(p.done) / p.elapsed_s : 0;
  if (tty) {
    constexpr int kWidth = 30;
    int filled = p.total ? static_cast<int>(kWidth * p.done / p.total) : kWidth;
    std::string bar(static_cast<size_t>(filled), '=');
    bar.resize(kWidth, ' ');
    std::fprintf(stderr, "\r[%s] %zu/%zu sources, %zu failed, %.1f/s", bar.c_str(), p.done, p.total, p.failed, rate);
    if (p.done == p.total) std::fputc('\n', stderr);
    return;
  }
  if (!p.record) return;
  const SourceRecord& s = *p.record;
  std::fprintf(stderr, "audit: %zu/%zu %-6s %s (%zu claims, %zu findings, %.0f ms)%s%s\n", p.done, p.total, s.status.c_str(),
               s.id.c_str(), s.claims.size(), s.findings.size(), s.elapsed_ms, s.error.empty() ? "" : ": ",
               s.error.c_str());
}

}  // namespace audit
