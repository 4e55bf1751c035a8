// The end of an audit run: its findings classified against the last complete run in SQL, the
// totals recorded, the run marked complete; tested in tests/audit/audit_run_test.cpp and tests/audit/units_test.cpp.
#include <sqlite3.h>

#include "audit/history_store.h"
#include "audit/sqlite_statement.h"

namespace audit {
namespace {

// This run's own findings: `waived` under an active waiver; `open` when the previous run had
// the fingerprint new or open (a finding that was waived and whose waiver expired is new
// again); else `new`. An expired waiver stays on the finding as a note.
constexpr const char* kClassify = R"sql(
UPDATE findings SET
  state = CASE
    WHEN EXISTS (SELECT 1 FROM waiver_marks w WHERE w.fingerprint = findings.fingerprint AND w.active) THEN 'waived'
    WHEN EXISTS (SELECT 1 FROM findings p WHERE p.run_id = ?2 AND p.fingerprint = findings.fingerprint
                 AND p.state IN ('new', 'open')) THEN 'open'
    ELSE 'new' END,
  waiver = coalesce((SELECT CASE WHEN w.active THEN w.text ELSE 'expired: ' || w.text END
                     FROM waiver_marks w WHERE w.fingerprint = findings.fingerprint), '')
WHERE run_id = ?1
)sql";

// The previous run's findings not met again: fixed when their source was read this run
// (fetched or served from its good copy), else carried as they were, open or waived.
constexpr const char* kCarry = R"sql(
INSERT INTO findings (run_id, fingerprint, source_id, rule, severity, gpu, field, claimed, expected, message,
                      evidence, line, col, state, carried, waiver)
SELECT ?1, p.fingerprint, p.source_id, p.rule, p.severity, p.gpu, p.field, p.claimed, p.expected, p.message,
       p.evidence, p.line, p.col,
       CASE WHEN r.source_id IS NOT NULL THEN 'fixed' WHEN p.state = 'waived' THEN 'waived' ELSE 'open' END,
       r.source_id IS NULL, p.waiver
FROM findings p
LEFT JOIN fetches r ON r.run_id = ?1 AND r.source_id = p.source_id AND r.status <> 'failed'
WHERE p.run_id = ?2 AND p.state <> 'fixed'
  AND NOT EXISTS (SELECT 1 FROM findings c WHERE c.run_id = ?1 AND c.fingerprint = p.fingerprint)
)sql";

}  // namespace

std::optional<core::Error> HistoryStore::finish_run(int64_t run, int64_t previous, const std::vector<WaiverMark>& waivers,
                                                    const std::function<RunRow(const RunTally&)>& decide) {
  if (auto e = flush()) return e;
  Transaction t(db_);
  if (!t.ok()) return error("cannot start a transaction");
  // The waivers are a short hand-written list; a temporary table lets one UPDATE apply them.
  if (auto e = exec("CREATE TEMP TABLE IF NOT EXISTS waiver_marks (fingerprint TEXT PRIMARY KEY, active INTEGER, text TEXT);"
                    "DELETE FROM waiver_marks;")) {
    return e;
  }
  Statement mark(db_, "INSERT OR REPLACE INTO waiver_marks (fingerprint, active, text) VALUES (?, ?, ?)");
  for (const auto& w : waivers) {
    if (!mark.bind(1, w.fingerprint).bind(2, static_cast<int64_t>(w.active)).bind(3, w.text).run()) {
      return error("cannot note a waiver");
    }
  }
  Statement classify(db_, kClassify);
  if (!classify.bind(1, run).bind(2, previous).run()) return error("cannot classify the findings of run " + std::to_string(run));
  Statement carry(db_, kCarry);
  if (!carry.bind(1, run).bind(2, previous).run()) return error("cannot carry the findings of run " + std::to_string(previous));

  RunTally tally;
  Statement counts(db_, "SELECT state, count(*) FROM findings WHERE run_id = ? GROUP BY state");
  counts.bind(1, run);
  while (counts.step() == SQLITE_ROW) {
    const std::string state = counts.text(0);
    const int n = static_cast<int>(counts.integer(1));
    if (state == "new") tally.new_count = n;
    else if (state == "fixed") tally.fixed = n;
    else if (state == "waived") tally.waived = n;
    if (state == "new" || state == "open") tally.open += n;
  }
  Statement severities(db_, "SELECT DISTINCT severity FROM findings WHERE run_id = ? AND state = 'new' ORDER BY severity");
  severities.bind(1, run);
  while (severities.step() == SQLITE_ROW) tally.new_severities.push_back(severities.text(0));
  // Only a finding this run produced meets a waiver; a carried one was judged before.
  Statement expired(db_, "SELECT w.fingerprint FROM waiver_marks w JOIN findings f ON f.run_id = ? AND "
                         "f.fingerprint = w.fingerprint AND f.carried = 0 AND f.state <> 'fixed' WHERE NOT w.active "
                         "ORDER BY w.fingerprint");
  expired.bind(1, run);
  while (expired.step() == SQLITE_ROW) tally.expired_met.push_back(expired.text(0));

  const RunRow totals = decide(tally);
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

}  // namespace audit
