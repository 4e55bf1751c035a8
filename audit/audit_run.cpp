// Runs the audit and turns this run's findings into new / still open / fixed / waived; tested in tests/audit/audit_run_test.cpp.
#include "audit/audit_run.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <ctime>

#include "audit/source_check.h"

namespace audit {
namespace {

int severity_rank(const std::string& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; }

std::string waiver_text(const Waiver& w) { return w.author + ": " + w.reason + " (until " + w.expires + ")"; }

}  // namespace

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

AuditResult run_audit(const std::vector<AuditSource>& sources, const CatalogSession& session, const WaiverList& waivers,
                      const AuditOptions& options, const ProgressCallback& progress) {
  AuditResult result;
  auto started = std::chrono::steady_clock::now();
  auto store = HistoryStore::open(options.db_path);
  if (!store.ok()) {
    result.errors.push_back(store.error());
    result.exit_code = 2;
    return result;
  }
  HistoryStore& db = **store;
  // One audit at a time per history: a second one would take the first's run for a killed one.
  int lock = ::open((options.db_path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX | LOCK_NB) != 0) {
    if (lock >= 0) ::close(lock);
    result.errors.push_back({core::ErrorCode::unavailable, "another audit is running on this history", {options.db_path}});
    result.exit_code = 2;
    return result;
  }
  struct LockRelease {
    int fd;
    ~LockRelease() { ::close(fd); }  // closing the descriptor drops the lock (a kill does too)
  } release{lock};
  auto aborted = db.abort_unfinished_runs();
  if (!aborted.ok()) {
    result.errors.push_back(aborted.error());
    result.exit_code = 2;
    return result;
  }
  result.aborted_runs_found = *aborted;
  std::string started_at = utc_now();
  auto run = db.begin_run(started_at);
  if (!run.ok()) {
    result.errors.push_back(run.error());
    result.exit_code = 2;
    return result;
  }
  result.run = *run;
  rules::CheckOptions check_options;

  // Fetch everything; each page is checked and committed as it arrives and then dropped.
  RunRow totals;
  SourceProgress p;
  p.total = sources.size();
  scrapers::fetch_each(sources.size(), [&](size_t i) { return sources[i].location; }, options.fetch, [&](size_t i, core::Result<scrapers::Fetched>&& fetched) {
    const AuditSource& source = sources[i];
    SourceRecord rec = check_source(source, std::move(fetched), db.good_copy(source.id), session, check_options);
    if (auto e = db.record_source(result.run, rec)) result.errors.push_back(*e);
    if (rec.status == "ok") ++totals.sources_ok;
    else if (rec.status == "stale") ++totals.sources_stale;
    else {
      ++totals.sources_failed;
    }
    ++p.done;
    p.failed = static_cast<size_t>(totals.sources_failed);
    p.record = &rec;
    p.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) progress(p);
  });
  if (!result.errors.empty()) {
    result.exit_code = 2;
    return result;  // the run stays `running`, so the next open marks it aborted
  }

  // Compare with the last complete run, in the database: the run's findings never sit in
  // memory together, so a night of many thousand pages costs what a night of ten does.
  auto previous = db.previous_complete_run(result.run);
  result.previous_run = previous.value_or(0);
  const std::string today = options.today.empty() ? started_at.substr(0, 10) : options.today;
  std::vector<WaiverMark> marks;
  for (const auto& w : waivers.waivers) {
    const Waiver* which = nullptr;
    WaiverState ws = waiver_state(waivers, w.fingerprint, today, &which);
    if (which == &w) marks.push_back({w.fingerprint, ws == WaiverState::active, waiver_text(w)});
  }
  const int threshold = severity_rank(options.fail_on);
  const size_t source_count = sources.size();
  std::vector<std::string> expired_met;
  auto decide = [&](const RunTally& tally) {
    bool new_and_failing = false;
    for (const auto& s : tally.new_severities) new_and_failing = new_and_failing || severity_rank(s) >= threshold;
    double failed_share = source_count == 0 ? 0 : static_cast<double>(totals.sources_failed) / static_cast<double>(source_count);
    result.exit_code = failed_share > options.max_failed_share ? 3 : new_and_failing ? 1 : 0;
    totals.new_count = tally.new_count;
    totals.fixed = tally.fixed;
    totals.open = tally.open;
    totals.waived = tally.waived;
    totals.exit_code = result.exit_code;
    totals.finished_at = utc_now();
    totals.started_at = started_at;
    totals.id = result.run;
    totals.status = "complete";
    expired_met = tally.expired_met;
    return totals;
  };
  if (auto e = db.finish_run(result.run, result.previous_run, marks, decide)) {
    result.errors.push_back(*e);
    result.exit_code = 2;
    return result;
  }
  for (const auto& fp : expired_met) {
    const Waiver* w = nullptr;
    waiver_state(waivers, fp, today, &w);
    if (w) result.expired_waivers.push_back(fp + ": " + w->author + ": " + w->reason + " (expired " + w->expires + ")");
  }
  result.totals = totals;
  result.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace audit
