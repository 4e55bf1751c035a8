// The audit's history in SQLite: runs, sources, fetches, documents, claims, findings; tested in tests/audit/units_test.cpp and tests/audit/audit_run_test.cpp.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

struct sqlite3;

namespace audit {

class StatementCache;
class Transaction;

struct ClaimRow {
  std::string gpu, field, value;
  int line = 0, column = 0;
};

// A GPU this run's claims name, for the report: how many sources spoke of it, and of what.
struct ClaimGpu {
  std::string gpu;
  int sources = 0;
  std::vector<std::string> fields;  // distinct, sorted
};

struct FindingRow {
  std::string fingerprint;
  std::string source_id;
  std::string rule;
  std::string severity;  // error | warning | info
  std::string gpu, field, claimed, expected, message;
  std::string evidence;  // where the expected value comes from (URL or catalog source)
  int line = 0, column = 0;
  // new | open | fixed | waived; `carried` when the source could not be read this run and
  // the finding is kept open from the last run rather than judged fixed.
  std::string state;
  bool carried = false;
  std::string waiver;  // "author: reason (until date)" for waived and expired ones
  std::string source_kind;  // read back only: the source's kind (vendor | article | database)
};

// A claim as the report reads it back: with its source's kind and whether a new or open
// finding of that source is about the same GPU and field (the cell is marked).
struct ClaimView {
  const std::string& source;
  const std::string& source_kind;
  bool flagged;
  const ClaimRow& claim;
};

// A waiver whose fingerprint this run may meet (waivers.h decides active or expired).
struct WaiverMark {
  std::string fingerprint;
  bool active = false;
  std::string text;  // "author: reason (until date)"
};

// This run's findings once classified (finish_run), counted in the database.
struct RunTally {
  int new_count = 0, fixed = 0, open = 0, waived = 0;
  std::vector<std::string> new_severities;      // distinct severities among the new findings
  std::vector<std::string> expired_met;         // fingerprints of expired waivers this run met
};

// The columns a report counts findings by (a closed set: it becomes SQL).
enum class FindingColumn { gpu, field };

struct SourceRecord {
  std::string id, location, page_url, kind, reader, tags;
  std::string status;  // ok | stale | failed
  std::string error;   // why failed or stale
  long http_status = 0;
  int64_t bytes = 0;
  double elapsed_ms = 0;
  int attempts = 0;
  bool from_cache = false;
  std::string etag, last_modified;
  std::string content_hash, title, format, content_type;
  size_t spec_rows = 0;
  std::vector<ClaimRow> claims;
  std::vector<FindingRow> findings;
  // The body to keep as the source's last good copy (empty: keep the old one).
  std::string good_body;
};

struct GoodCopy {
  std::string body, content_type, content_hash;
  size_t spec_rows = 0;
  int64_t run = 0;
};

struct RunRow {
  int64_t id = 0;
  std::string started_at, finished_at, status;  // running | complete | aborted
  int new_count = 0, fixed = 0, open = 0, waived = 0;
  int sources_ok = 0, sources_stale = 0, sources_failed = 0;
  int exit_code = 0;
};

struct FetchRow {
  std::string source_id, location, page_url, kind, status, error, etag;
  long http_status = 0;
  int64_t bytes = 0;
  double elapsed_ms = 0;
  int findings = 0;
  int64_t good_copy_run = 0;  // the run whose copy was used (stale sources)
};

// When record_source commits: after `sources` sources or `interval`, whichever comes first.
// One commit per source rewrote the shared index pages into the WAL for every source (30
// page writes each); a kill loses at most one batch, of a run that is then aborted anyway.
struct BatchLimits {
  int sources = 256;
  std::chrono::milliseconds interval{1000};
};

// One SQLite file (WAL, foreign keys on). The schema is versioned with PRAGMA user_version
// and brought up to date by migrations on open (history_schema.cpp). Every write that
// belongs together is one transaction: a run is inserted `running`, its sources' rows are
// committed in batches as they finish, and the run becomes `complete` in the same
// transaction that records its totals. A process killed at any moment leaves a `running`
// run, which the next audit marks `aborted`; comparisons only ever use complete runs.
class HistoryStore {
 public:
  static core::Result<std::unique_ptr<HistoryStore>> open(const std::string& path, BatchLimits batches = {});
  ~HistoryStore();
  HistoryStore(const HistoryStore&) = delete;
  HistoryStore& operator=(const HistoryStore&) = delete;

  static int latest_schema_version();
  int schema_version() const;
  // Marks runs left `running` by a killed audit as `aborted`; returns how many. Only the
  // audit calls it, holding the run lock (run_audit), so a reader never aborts a live run.
  core::Result<int> abort_unfinished_runs();

  core::Result<int64_t> begin_run(const std::string& started_at);
  // Adds one source's rows to the open batch (opening one when none is), committing the
  // batch when it is large or old enough. On an error the whole batch is rolled back.
  std::optional<core::Error> record_source(int64_t run, const SourceRecord& record);
  // Commits the open batch, if any; finish_run does it first.
  std::optional<core::Error> flush();
  std::optional<GoodCopy> good_copy(const std::string& source_id) const;
  // The last complete run before `run` (any complete run when `run` is 0).
  std::optional<int64_t> previous_complete_run(int64_t run) const;
  // This run's findings in (source, line, column) order, one row at a time; `state` "" for
  // every state. `visit` returns false to stop.
  void each_finding(int64_t run, const std::string& state, const std::function<bool(const FindingRow&)>& visit) const;
  // How many of this run's findings name each value of `column` (empty values left out).
  std::vector<std::pair<std::string, int>> finding_tally(int64_t run, FindingColumn column) const;
  // Classifies this run's findings against the last complete run `previous` (0: none) and
  // marks the run complete, all in one transaction and all in SQL, so a run's memory does not
  // grow with its findings: a finding is `waived` under an active waiver, `open` when the
  // previous run had it new or open, else `new`; a previous finding not met again is `fixed`
  // when its source was read this run (fetched ok or stale), else carried over as it was.
  // `decide` turns the tally into the run's totals (exit code included) before the commit.
  std::optional<core::Error> finish_run(int64_t run, int64_t previous, const std::vector<WaiverMark>& waivers,
                                        const std::function<RunRow(const RunTally&)>& decide);
  std::vector<RunRow> runs(int limit) const;  // newest first
  std::optional<RunRow> run(int64_t id) const;
  std::vector<FetchRow> fetches(int64_t run) const;
  // The same rows one at a time, in source order; `visit` returns false to stop.
  void each_fetch(int64_t run, const std::function<bool(const FetchRow&)>& visit) const;
  // How many of this run's sources are of each kind.
  std::vector<std::pair<std::string, int>> fetch_kinds(int64_t run) const;
  // This run's claims with their source: (source_id, claim).
  std::vector<std::pair<std::string, ClaimRow>> claims(int64_t run) const;
  // The GPUs this run's claims name, sorted by id (claims about no GPU, or an unresolved
  // one, "?..." are left out).
  std::vector<ClaimGpu> claim_gpus(int64_t run) const;
  // This run's claims in (gpu, source, field) order, one row at a time, so a report can be
  // written without holding every claim of a run; `visit` returns false to stop.
  void each_claim(int64_t run, const std::function<bool(const ClaimView&)>& visit) const;

 private:
  explicit HistoryStore(sqlite3* db);  // in the .cpp, where the members' types are complete
  std::optional<core::Error> write_source(int64_t run, const SourceRecord& record);
  std::optional<core::Error> exec(const std::string& sql);
  std::optional<core::Error> migrate();
  core::Error error(const std::string& what) const;
  sqlite3* db_;
  std::string path_;
  std::unique_ptr<StatementCache> statements_;
  std::unique_ptr<Transaction> batch_;  // the sources recorded since the last commit
  BatchLimits limits_;
  int batch_sources_ = 0;
  std::chrono::steady_clock::time_point batch_started_{};
};

}  // namespace audit
