// The history's schema: versioned migrations, applied on open; tested in tests/audit/units_test.cpp.
#include <sqlite3.h>

#include <array>

#include "audit/history_store.h"
#include "audit/sqlite_statement.h"

namespace audit {
namespace {

// Migration N brings the schema from version N-1 to N. Never edit a released one: add one.
constexpr std::array<const char*, 3> kMigrations = {
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
    // 3: the report reads a run's claims one GPU at a time, in page order.
    R"sql(
CREATE INDEX claims_by_gpu ON claims(run_id, gpu, source_id, field);
)sql",
};

}  // namespace

int HistoryStore::latest_schema_version() { return static_cast<int>(kMigrations.size()); }

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

}  // namespace audit
