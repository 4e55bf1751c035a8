// SQLite history store: opening, recording a run source by source in batches, finishing it; tested in tests/audit/units_test.cpp and tests/audit/audit_run_test.cpp.
#include "audit/history_store.h"

#include <sqlite3.h>

#include "audit/sqlite_statement.h"

namespace audit {
namespace {

constexpr const char* kFindingInsert =
    "INSERT OR REPLACE INTO findings (run_id, fingerprint, source_id, rule, severity, gpu, field, claimed, expected, "
    "message, evidence, line, col, state, carried, waiver) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

void bind_finding(Statement& s, int64_t run, const FindingRow& f) {
  s.bind(1, run).bind(2, f.fingerprint).bind(3, f.source_id).bind(4, f.rule).bind(5, f.severity).bind(6, f.gpu);
  s.bind(7, f.field).bind(8, f.claimed).bind(9, f.expected).bind(10, f.message).bind(11, f.evidence);
  s.bind(12, static_cast<int64_t>(f.line)).bind(13, static_cast<int64_t>(f.column));
  s.bind(14, f.state.empty() ? std::string("pending") : f.state).bind(15, static_cast<int64_t>(f.carried)).bind(16, f.waiver);
}

}  // namespace

core::Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const std::string& path, BatchLimits batches) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return core::Error{core::ErrorCode::io, "cannot open the audit history: " + why, {path}};
  }
  std::unique_ptr<HistoryStore> store(new HistoryStore(db));
  store->statements_ = std::make_unique<StatementCache>(db);
  store->limits_ = batches;
  store->path_ = path;
  sqlite3_busy_timeout(db, 10'000);
  // WAL: readers (audit history, a report job) never block the nightly writer, and a
  // crash mid-commit is rolled back from the log on the next open.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    if (auto e = store->exec(pragma)) return *e;
  }
  if (auto e = store->migrate()) return *e;
  return store;
}

HistoryStore::HistoryStore(sqlite3* db) : db_(db) {}

HistoryStore::~HistoryStore() {
  // An uncommitted batch is rolled back: its run was never finished, so it is aborted later.
  batch_.reset();
  statements_.reset();  // every statement is finalized before the connection closes
  sqlite3_close(db_);
}

core::Error HistoryStore::error(const std::string& what) const {
  return core::Error{core::ErrorCode::io, what + ": " + sqlite3_errmsg(db_), {path_}};
}

std::optional<core::Error> HistoryStore::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return std::nullopt;
  std::string why = message ? message : "unknown error";
  sqlite3_free(message);
  return core::Error{core::ErrorCode::io, "audit history: " + why, {path_}};
}

core::Result<int> HistoryStore::abort_unfinished_runs() {
  // A run still `running` was killed: it never becomes complete, and nothing compares with it.
  if (auto e = exec("UPDATE runs SET status = 'aborted' WHERE status = 'running'")) return *e;
  return sqlite3_changes(db_);
}

core::Result<int64_t> HistoryStore::begin_run(const std::string& started_at) {
  Statement s(db_, "INSERT INTO runs (started_at, status) VALUES (?, 'running')");
  if (!s.ok() || !s.bind(1, started_at).run()) return error("cannot record the run");
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

std::optional<core::Error> HistoryStore::record_source(int64_t run, const SourceRecord& r) {
  if (!batch_) {
    batch_ = std::make_unique<Transaction>(db_);
    if (!batch_->ok()) {
      batch_.reset();
      return error("cannot start a transaction");
    }
    batch_sources_ = 0;
    batch_started_ = std::chrono::steady_clock::now();
  }
  if (auto e = write_source(run, r)) {
    batch_.reset();  // rolls the batch back; the run stays `running` and is aborted later
    return e;
  }
  ++batch_sources_;
  if (batch_sources_ >= limits_.sources || std::chrono::steady_clock::now() - batch_started_ >= limits_.interval) return flush();
  return std::nullopt;
}

std::optional<core::Error> HistoryStore::flush() {
  if (!batch_) return std::nullopt;
  bool committed = batch_->commit();
  batch_.reset();
  if (!committed) return error("cannot commit the sources recorded so far");
  return std::nullopt;
}

std::optional<core::Error> HistoryStore::write_source(int64_t run, const SourceRecord& r) {
  Statement src(statements_->get(
                "INSERT INTO sources (id, location, page_url, kind, reader, tags) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET location=excluded.location, page_url=excluded.page_url, "
                "kind=excluded.kind, reader=excluded.reader, tags=excluded.tags"));
  if (!src.bind(1, r.id).bind(2, r.location).bind(3, r.page_url).bind(4, r.kind).bind(5, r.reader).bind(6, r.tags).run()) {
    return error("cannot record source " + r.id);
  }
  int64_t good_run = 0;
  if (r.status == "stale") {
    Statement g(statements_->get("SELECT run_id FROM good_copies WHERE source_id = ?"));
    g.bind(1, r.id);
    if (g.step() == SQLITE_ROW) good_run = g.integer(0);
  }
  Statement fetch(statements_->get(
                  "INSERT OR REPLACE INTO fetches (run_id, source_id, status, error, http_status, bytes, elapsed_ms, attempts, "
                  "from_cache, etag, last_modified, good_copy_run) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
  fetch.bind(1, run).bind(2, r.id).bind(3, r.status).bind(4, r.error).bind(5, static_cast<int64_t>(r.http_status));
  fetch.bind(6, r.bytes).bind(7, r.elapsed_ms).bind(8, static_cast<int64_t>(r.attempts));
  fetch.bind(9, static_cast<int64_t>(r.from_cache)).bind(10, r.etag).bind(11, r.last_modified).bind(12, good_run);
  if (!fetch.run()) return error("cannot record the fetch of " + r.id);
  if (r.status != "failed") {
    Statement doc(statements_->get(
                  "INSERT OR REPLACE INTO documents (run_id, source_id, content_hash, title, format, spec_rows, claims) "
                  "VALUES (?,?,?,?,?,?,?)"));
    doc.bind(1, run).bind(2, r.id).bind(3, r.content_hash).bind(4, r.title).bind(5, r.format);
    doc.bind(6, static_cast<int64_t>(r.spec_rows)).bind(7, static_cast<int64_t>(r.claims.size()));
    if (!doc.run()) return error("cannot record the document of " + r.id);
  }
  Statement claim(statements_->get("INSERT INTO claims (run_id, source_id, gpu, field, value, line, col) VALUES (?,?,?,?,?,?,?)"));
  for (const auto& c : r.claims) {
    claim.bind(1, run).bind(2, r.id).bind(3, c.gpu).bind(4, c.field).bind(5, c.value);
    claim.bind(6, static_cast<int64_t>(c.line)).bind(7, static_cast<int64_t>(c.column));
    if (!claim.run()) return error("cannot record a claim of " + r.id);
  }
  Statement finding(statements_->get(kFindingInsert));
  for (const auto& f : r.findings) {
    bind_finding(finding, run, f);
    if (!finding.run()) return error("cannot record a finding of " + r.id);
  }
  if (!r.good_body.empty()) {
    Statement good(statements_->get(
                   "INSERT OR REPLACE INTO good_copies (source_id, body, content_type, content_hash, spec_rows, run_id) "
                   "VALUES (?,?,?,?,?,?)"));
    good.bind(1, r.id).blob(2, r.good_body).bind(3, r.content_type).bind(4, r.content_hash);
    good.bind(5, static_cast<int64_t>(r.spec_rows)).bind(6, run);
    if (!good.run()) return error("cannot keep the good copy of " + r.id);
  }
  return std::nullopt;
}

}  // namespace audit
