// SQLite history store: schema migrations, transactional run recording, queries; tested in tests/audit/history_store_test.cpp.
#include "audit/history_store.h"

#include <sqlite3.h>

#include <array>

namespace audit {
namespace {

// Migration N brings the schema from version N-1 to N. Never edit a released one: add one.
constexpr std::array<const char*, 2> kMigrations = {
    // 1: the tables.
    R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'aborted')),
  new_count INTEGER NOT NULL DEFAULT 0, fixed INTEGER NOT NULL DEFAULT 0,
  open INTEGER NOT NULL DEFAULT 0, waived INTEGER NOT NULL DEFAULT 0,
  sources_ok INTEGER NOT NULL DEFAULT 0, sources_stale INTEGER NOT NULL DEFAULT 0,
  sources_failed INTEGER NOT NULL DEFAULT 0, exit_code INTEGER NOT NULL DEFAULT 0);
CREATE TABLE sources (
  id TEXT PRIMARY KEY, location TEXT NOT NULL, page_url TEXT, kind TEXT NOT NULL, reader TEXT, tags TEXT);
CREATE TABLE fetches (
  run_id INTEGER NOT NULL REFERENCES runs(id), source_id TEXT NOT NULL REFERENCES sources(id),
  status TEXT NOT NULL CHECK (status IN ('ok', 'stale', 'failed')), error TEXT,
  http_status INTEGER, bytes INTEGER, elapsed_ms REAL, attempts INTEGER, from_cache INTEGER,
  etag TEXT, last_modified TEXT, good_copy_run INTEGER,
  PRIMARY KEY (run_id, source_id));
CREATE TABLE documents (
  run_id INTEGER NOT NULL REFERENCES runs(id), source_id TEXT NOT NULL REFERENCES sources(id),
  content_hash TEXT, title TEXT, format TEXT, spec_rows INTEGER, claims INTEGER,
  PRIMARY KEY (run_id, source_id));
CREATE TABLE claims (
  run_id INTEGER NOT NULL REFERENCES runs(id), source_id TEXT NOT NULL REFERENCES sources(id),
  gpu TEXT, field TEXT, value TEXT, line INTEGER, col INTEGER);
CREATE TABLE findings (
  run_id INTEGER NOT NULL REFERENCES runs(id), fingerprint TEXT NOT NULL, source_id TEXT NOT NULL,
  rule TEXT, severity TEXT, gpu TEXT, field TEXT, claimed TEXT, expected TEXT, message TEXT, evidence TEXT,
  line INTEGER, col INTEGER,
  state TEXT NOT NULL CHECK (state IN ('pending', 'new', 'open', 'fixed', 'waived')),
  carried INTEGER NOT NULL DEFAULT 0, waiver TEXT,
  PRIMARY KEY (run_id, fingerprint));
CREATE TABLE good_copies (
  source_id TEXT PRIMARY KEY REFERENCES sources(id), body BLOB NOT NULL, content_type TEXT,
  content_hash TEXT, spec_rows INTEGER, run_id INTEGER);
)sql",
    // 2: the lookups the audit makes every night.
    R"sql(
CREATE INDEX findings_by_source ON findings(run_id, source_id);
CREATE INDEX claims_by_run ON claims(run_id, source_id);
CREATE INDEX runs_by_status ON runs(status, id);
)sql",
};

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Statement() { sqlite3_finalize(s_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return s_ != nullptr; }
  Statement& bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& blob(int i, const std::string& v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Statement& bind(int i, double v) {
    sqlite3_bind_double(s_, i, v);
    return *this;
  }
  // SQLITE_ROW while rows come, SQLITE_DONE at the end.
  int step() { return sqlite3_step(s_); }
  bool run() {
    int rc = step();
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return rc == SQLITE_DONE;
  }
  std::string text(int c) const {
    const unsigned char* t = sqlite3_column_text(s_, c);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  std::string bytes(int c) const {
    const void* b = sqlite3_column_blob(s_, c);
    return b ? std::string(static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  int64_t integer(int c) const { return sqlite3_column_int64(s_, c); }
  double real(int c) const { return sqlite3_column_double(s_, c); }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// Rolls back unless committed: an error half way through a source leaves nothing of it.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { ok_ = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK; }
  ~Transaction() {
    if (ok_ && !done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  bool ok() const { return ok_; }
  bool commit() {
    done_ = true;
    return sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
  }

 private:
  sqlite3* db_;
  bool ok_ = false, done_ = false;
};

constexpr const char* kFindingInsert =
    "INSERT OR REPLACE INTO findings (run_id, fingerprint, source_id, rule, severity, gpu, field, claimed, expected, "
    "message, evidence, line, col, state, carried, waiver) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

void bind_finding(Statement& s, int64_t run, const FindingRow& f) {
  s.bind(1, run).bind(2, f.fingerprint).bind(3, f.source_id).bind(4, f.rule).bind(5, f.severity).bind(6, f.gpu);
  s.bind(7, f.field).bind(8, f.claimed).bind(9, f.expected).bind(10, f.message).bind(11, f.evidence);
  s.bind(12, static_cast<int64_t>(f.line)).bind(13, static_cast<int64_t>(f.column));
  s.bind(14, f.state.empty() ? std::string("pending") : f.state).bind(15, static_cast<int64_t>(f.carried)).bind(16, f.waiver);
}

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

int HistoryStore::latest_schema_version() { return static_cast<int>(kMigrations.size()); }

core::Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return core::Error{core::ErrorCode::io, "cannot open the audit history: " + why, {path}};
  }
  std::unique_ptr<HistoryStore> store(new HistoryStore(db));
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

HistoryStore::~HistoryStore() { sqlite3_close(db_); }

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

int HistoryStore::schema_version() const {
  Statement s(db_, "PRAGMA user_version");
  return s.step() == SQLITE_ROW ? static_cast<int>(s.integer(0)) : 0;
}

std::optional<core::Error> HistoryStore::migrate() {
  int version = schema_version();
  if (version > latest_schema_version()) {
    return core::Error{core::ErrorCode::unavailable,
                       "the audit history has schema version " + std::to_string(version) + ", newer than this factcheck (" +
                           std::to_string(latest_schema_version()) + ")",
                       {path_}};
  }
  for (int v = version; v < latest_schema_version(); ++v) {
    // Each step and its version bump commit together, so a killed migration is redone whole.
    Transaction t(db_);
    if (!t.ok()) return error("cannot start a migration");
    if (auto e = exec(kMigrations[static_cast<size_t>(v)])) return e;
    if (auto e = exec("PRAGMA user_version = " + std::to_string(v + 1))) return e;
    if (!t.commit()) return error("cannot commit migration " + std::to_string(v + 1));
  }
  return std::nullopt;
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
  Transaction t(db_);
  if (!t.ok()) return error("cannot start a transaction");
  Statement src(db_,
                "INSERT INTO sources (id, location, page_url, kind, reader, tags) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET location=excluded.location, page_url=excluded.page_url, "
                "kind=excluded.kind, reader=excluded.reader, tags=excluded.tags");
  if (!src.bind(1, r.id).bind(2, r.location).bind(3, r.page_url).bind(4, r.kind).bind(5, r.reader).bind(6, r.tags).run()) {
    return error("cannot record source " + r.id);
  }
  int64_t good_run = 0;
  if (r.status == "stale") {
    Statement g(db_, "SELECT run_id FROM good_copies WHERE source_id = ?");
    g.bind(1, r.id);
    if (g.step() == SQLITE_ROW) good_run = g.integer(0);
  }
  Statement fetch(db_,
                  "INSERT OR REPLACE INTO fetches (run_id, source_id, status, error, http_status, bytes, elapsed_ms, attempts, "
                  "from_cache, etag, last_modified, good_copy_run) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  fetch.bind(1, run).bind(2, r.id).bind(3, r.status).bind(4, r.error).bind(5, static_cast<int64_t>(r.http_status));
  fetch.bind(6, r.bytes).bind(7, r.elapsed_ms).bind(8, static_cast<int64_t>(r.attempts));
  fetch.bind(9, static_cast<int64_t>(r.from_cache)).bind(10, r.etag).bind(11, r.last_modified).bind(12, good_run);
  if (!fetch.run()) return error("cannot record the fetch of " + r.id);
  if (r.status != "failed") {
    Statement doc(db_,
                  "INSERT OR REPLACE INTO documents (run_id, source_id, content_hash, title, format, spec_rows, claims) "
                  "VALUES (?,?,?,?,?,?,?)");
    doc.bind(1, run).bind(2, r.id).bind(3, r.content_hash).bind(4, r.title).bind(5, r.format);
    doc.bind(6, static_cast<int64_t>(r.spec_rows)).bind(7, static_cast<int64_t>(r.claims.size()));
    if (!doc.run()) return error("cannot record the document of " + r.id);
  }
  Statement claim(db_, "INSERT INTO claims (run_id, source_id, gpu, field, value, line, col) VALUES (?,?,?,?,?,?,?)");
  for (const auto& c : r.claims) {
    claim.bind(1, run).bind(2, r.id).bind(3, c.gpu).bind(4, c.field).bind(5, c.value);
    claim.bind(6, static_cast<int64_t>(c.line)).bind(7, static_cast<int64_t>(c.column));
    if (!claim.run()) return error("cannot record a claim of " + r.id);
  }
  Statement finding(db_, kFindingInsert);
  for (const auto& f : r.findings) {
    bind_finding(finding, run, f);
    if (!finding.run()) return error("cannot record a finding of " + r.id);
  }
  if (!r.good_body.empty()) {
    Statement good(db_,
                   "INSERT OR REPLACE INTO good_copies (source_id, body, content_type, content_hash, spec_rows, run_id) "
                   "VALUES (?,?,?,?,?,?)");
    good.bind(1, r.id).blob(2, r.good_body).bind(3, r.content_type).bind(4, r.content_hash);
    good.bind(5, static_cast<int64_t>(r.spec_rows)).bind(6, run);
    if (!good.run()) return error("cannot keep the good copy of " + r.id);
  }
  if (!t.commit()) return error("cannot commit source " + r.id);
  return std::nullopt;
}

std::optional<GoodCopy> HistoryStore::good_copy(const std::string& source_id) const {
  Statement s(db_, "SELECT body, content_type, content_hash, spec_rows, run_id FROM good_copies WHERE source_id = ?");
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

std::vector<FindingRow> HistoryStore::findings(int64_t run) const {
  Statement s(db_,
              "SELECT fingerprint, source_id, rule, severity, gpu, field, claimed, expected, message, evidence, line, col, "
              "state, carried, waiver FROM findings WHERE run_id = ? ORDER BY source_id, line, col, fingerprint");
  s.bind(1, run);
  std::vector<FindingRow> out;
  while (s.step() == SQLITE_ROW) {
    FindingRow f;
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
    out.push_back(std::move(f));
  }
  return out;
}

std::optional<core::Error> HistoryStore::finish_run(int64_t run, const std::vector<FindingRow>& extra_rows,
                                                    const std::vector<std::pair<std::string, std::string>>& states,
                                                    const RunRow& totals) {
  Transaction t(db_);
  if (!t.ok()) return error("cannot start a transaction");
  Statement insert(db_, kFindingInsert);
  for (const auto& f : extra_rows) {
    bind_finding(insert, run, f);
    if (!insert.run()) return error("cannot record a carried or fixed finding");
  }
  Statement update(db_, "UPDATE findings SET state = ?, waiver = ? WHERE run_id = ? AND fingerprint = ?");
  for (const auto& [fp, state] : states) {
    size_t bar = state.find('|');
    update.bind(1, state.substr(0, bar)).bind(2, bar == std::string::npos ? std::string() : state.substr(bar + 1));
    update.bind(3, run).bind(4, fp);
    if (!update.run()) return error("cannot update a finding's state");
  }
  Statement done(db_,
                 "UPDATE runs SET status = 'complete', finished_at = ?, new_count = ?, fixed = ?, open = ?, waived = ?, "
                 "sources_ok = ?, sources_stale = ?, sources_failed = ?, exit_code = ? WHERE id = ? AND status = 'running'");
  done.bind(1, totals.finished_at).bind(2, static_cast<int64_t>(totals.new_count)).bind(3, static_cast<int64_t>(totals.fixed));
  done.bind(4, static_cast<int64_t>(totals.open)).bind(5, static_cast<int64_t>(totals.waived));
  done.bind(6, static_cast<int64_t>(totals.sources_ok)).bind(7, static_cast<int64_t>(totals.sources_stale));
  done.bind(8, static_cast<int64_t>(totals.sources_failed)).bind(9, static_cast<int64_t>(totals.exit_code)).bind(10, run);
  if (!done.run() || sqlite3_changes(db_) != 1) return error("cannot mark run " + std::to_string(run) + " complete");
  if (!t.commit()) return error("cannot commit run " + std::to_string(run));
  return std::nullopt;
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

std::vector<FetchRow> HistoryStore::fetches(int64_t run) const {
  Statement s(db_,
              "SELECT f.source_id, s.location, s.page_url, s.kind, f.status, f.error, f.etag, f.http_status, f.bytes, "
              "f.elapsed_ms, (SELECT count(*) FROM findings x WHERE x.run_id = f.run_id AND x.source_id = f.source_id "
              "AND x.state IN ('new','open')), f.good_copy_run FROM fetches f JOIN sources s ON s.id = f.source_id "
              "WHERE f.run_id = ? ORDER BY f.source_id");
  s.bind(1, run);
  std::vector<FetchRow> out;
  while (s.step() == SQLITE_ROW) {
    FetchRow r;
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
    out.push_back(std::move(r));
  }
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

}  // namespace audit
