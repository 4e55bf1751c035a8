// Reading the history back: runs, findings, fetches, claims, good copies; tested in tests/audit/units_test.cpp and tests/audit/audit_run_test.cpp.
#include <sqlite3.h>

#include "audit/history_store.h"
#include "audit/sqlite_statement.h"

namespace audit {
namespace {

RunRow run_from(const Statement& s) {
  RunRow r;
  r.id = s.integer(0);
  r.started_at = s.text(1);
  r.finished_at = s.text(2);
  r.status = s.text(3);
  r.new_count = static_cast<int>(s.integer(4));
  r.fixed = static_cast<int>(s.integer(5));
  r.open = static_cast<int>(s.integer(6));
  r.waived = static_cast<int>(s.integer(7));
  r.sources_ok = static_cast<int>(s.integer(8));
  r.sources_stale = static_cast<int>(s.integer(9));
  r.sources_failed = static_cast<int>(s.integer(10));
  r.exit_code = static_cast<int>(s.integer(11));
  return r;
}

constexpr const char* kRunColumns =
    "SELECT id, started_at, finished_at, status, new_count, fixed, open, waived, sources_ok, sources_stale, "
    "sources_failed, exit_code FROM runs ";

}  // namespace

std::optional<GoodCopy> HistoryStore::good_copy(const std::string& source_id) const {
  // Asked once per source: prepared once per run.
  Statement s(statements_->get("SELECT body, content_type, content_hash, spec_rows, run_id FROM good_copies WHERE source_id = ?"));
  s.bind(1, source_id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return GoodCopy{s.bytes(0), s.text(1), s.text(2), static_cast<size_t>(s.integer(3)), s.integer(4)};
}

std::optional<int64_t> HistoryStore::previous_complete_run(int64_t run) const {
  Statement s(db_, "SELECT max(id) FROM runs WHERE status = 'complete' AND (? = 0 OR id < ?)");
  s.bind(1, run).bind(2, run);
  // max() of no rows is NULL, which reads as 0: no run has id 0.
  int64_t id = s.step() == SQLITE_ROW ? s.integer(0) : 0;
  if (id == 0) return std::nullopt;
  return id;
}

void HistoryStore::each_finding(int64_t run, const std::string& state,
                                const std::function<bool(const FindingRow&)>& visit) const {
  Statement s(db_,
              "SELECT f.fingerprint, f.source_id, f.rule, f.severity, f.gpu, f.field, f.claimed, f.expected, f.message, "
              "f.evidence, f.line, f.col, f.state, f.carried, f.waiver, coalesce(s.kind, '') FROM findings f "
              "LEFT JOIN sources s ON s.id = f.source_id WHERE f.run_id = ? AND (? = '' OR f.state = ?) "
              "ORDER BY f.source_id, f.line, f.col, f.fingerprint");
  s.bind(1, run).bind(2, state).bind(3, state);
  FindingRow f;
  while (s.step() == SQLITE_ROW) {
    f.fingerprint = s.text(0);
    f.source_id = s.text(1);
    f.rule = s.text(2);
    f.severity = s.text(3);
    f.gpu = s.text(4);
    f.field = s.text(5);
    f.claimed = s.text(6);
    f.expected = s.text(7);
    f.message = s.text(8);
    f.evidence = s.text(9);
    f.line = static_cast<int>(s.integer(10));
    f.column = static_cast<int>(s.integer(11));
    f.state = s.text(12);
    f.carried = s.integer(13) != 0;
    f.waiver = s.text(14);
    f.source_kind = s.text(15);
    if (!visit(f)) return;
  }
}

std::vector<std::pair<std::string, int>> HistoryStore::finding_tally(int64_t run, FindingColumn column) const {
  const char* sql = column == FindingColumn::gpu
                        ? "SELECT gpu, count(*) FROM findings WHERE run_id = ? AND gpu <> '' GROUP BY gpu ORDER BY gpu"
                        : "SELECT field, count(*) FROM findings WHERE run_id = ? AND field <> '' GROUP BY field ORDER BY field";
  Statement s(db_, sql);
  s.bind(1, run);
  std::vector<std::pair<std::string, int>> out;
  while (s.step() == SQLITE_ROW) out.emplace_back(s.text(0), static_cast<int>(s.integer(1)));
  return out;
}

std::vector<RunRow> HistoryStore::runs(int limit) const {
  Statement s(db_, (std::string(kRunColumns) + "ORDER BY id DESC LIMIT ?").c_str());
  s.bind(1, static_cast<int64_t>(limit));
  std::vector<RunRow> out;
  while (s.step() == SQLITE_ROW) out.push_back(run_from(s));
  return out;
}

std::optional<RunRow> HistoryStore::run(int64_t id) const {
  Statement s(db_, (std::string(kRunColumns) + "WHERE id = ?").c_str());
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return run_from(s);
}

void HistoryStore::each_fetch(int64_t run, const std::function<bool(const FetchRow&)>& visit) const {
  Statement s(db_,
              "SELECT f.source_id, s.location, s.page_url, s.kind, f.status, f.error, f.etag, f.http_status, f.bytes, "
              "f.elapsed_ms, (SELECT count(*) FROM findings x WHERE x.run_id = f.run_id AND x.source_id = f.source_id "
              "AND x.state IN ('new','open')), f.good_copy_run FROM fetches f JOIN sources s ON s.id = f.source_id "
              "WHERE f.run_id = ? ORDER BY f.source_id");
  s.bind(1, run);
  FetchRow r;
  while (s.step() == SQLITE_ROW) {
    r.source_id = s.text(0);
    r.location = s.text(1);
    r.page_url = s.text(2);
    r.kind = s.text(3);
    r.status = s.text(4);
    r.error = s.text(5);
    r.etag = s.text(6);
    r.http_status = static_cast<long>(s.integer(7));
    r.bytes = s.integer(8);
    r.elapsed_ms = s.real(9);
    r.findings = static_cast<int>(s.integer(10));
    r.good_copy_run = s.integer(11);
    if (!visit(r)) return;
  }
}

std::vector<FetchRow> HistoryStore::fetches(int64_t run) const {
  std::vector<FetchRow> out;
  each_fetch(run, [&](const FetchRow& r) {
    out.push_back(r);
    return true;
  });
  return out;
}

std::vector<std::pair<std::string, int>> HistoryStore::fetch_kinds(int64_t run) const {
  Statement s(db_, "SELECT s.kind, count(*) FROM fetches f JOIN sources s ON s.id = f.source_id WHERE f.run_id = ? "
                   "GROUP BY s.kind ORDER BY s.kind");
  s.bind(1, run);
  std::vector<std::pair<std::string, int>> out;
  while (s.step() == SQLITE_ROW) out.emplace_back(s.text(0), static_cast<int>(s.integer(1)));
  return out;
}

std::vector<std::pair<std::string, ClaimRow>> HistoryStore::claims(int64_t run) const {
  Statement s(db_, "SELECT source_id, gpu, field, value, line, col FROM claims WHERE run_id = ? ORDER BY gpu, field, source_id");
  s.bind(1, run);
  std::vector<std::pair<std::string, ClaimRow>> out;
  while (s.step() == SQLITE_ROW) {
    out.push_back({s.text(0), ClaimRow{s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4)),
                                       static_cast<int>(s.integer(5))}});
  }
  return out;
}

std::vector<ClaimGpu> HistoryStore::claim_gpus(int64_t run) const {
  // Both queries read the (run, gpu, source, field) index, so neither sorts.
  Statement counts(db_, "SELECT gpu, COUNT(DISTINCT source_id) FROM claims WHERE run_id = ? AND gpu <> '' AND "
                        "substr(gpu, 1, 1) <> '?' GROUP BY gpu ORDER BY gpu");
  counts.bind(1, run);
  std::vector<ClaimGpu> out;
  while (counts.step() == SQLITE_ROW) out.push_back(ClaimGpu{counts.text(0), static_cast<int>(counts.integer(1)), {}});
  Statement fields(db_, "SELECT DISTINCT gpu, field FROM claims WHERE run_id = ? AND gpu <> '' AND "
                        "substr(gpu, 1, 1) <> '?' ORDER BY gpu, field");
  fields.bind(1, run);
  size_t at = 0;
  while (fields.step() == SQLITE_ROW) {
    std::string gpu = fields.text(0);
    while (at < out.size() && out[at].gpu < gpu) ++at;
    if (at < out.size() && out[at].gpu == gpu) out[at].fields.push_back(fields.text(1));
  }
  return out;
}

void HistoryStore::each_claim(int64_t run, const std::function<bool(const ClaimView&)>& visit) const {
  // A cell is flagged when a new or open finding of the same source names its GPU and field;
  // the (run, source) index of findings answers that per claim.
  Statement s(db_,
              "SELECT c.source_id, c.gpu, c.field, c.value, c.line, c.col, coalesce(s.kind, ''), EXISTS (SELECT 1 FROM "
              "findings f WHERE f.run_id = c.run_id AND f.source_id = c.source_id AND f.gpu = c.gpu AND f.field = c.field "
              "AND f.state IN ('new', 'open')) FROM claims c LEFT JOIN sources s ON s.id = c.source_id "
              "WHERE c.run_id = ? ORDER BY c.gpu, c.source_id, c.field");
  s.bind(1, run);
  while (s.step() == SQLITE_ROW) {
    const std::string source = s.text(0), kind = s.text(6);
    const ClaimRow c{s.text(1), s.text(2), s.text(3), static_cast<int>(s.integer(4)), static_cast<int>(s.integer(5))};
    if (!visit(ClaimView{source, kind, s.integer(7) != 0, c})) return;
  }
}

}  // namespace audit
