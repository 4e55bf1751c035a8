// The audit's summary: summary.json in --out and the lines printed on stdout; tested in tests/audit/audit_run_test.cpp.
#pragma once
#include <cstdio>
#include <optional>
#include <string>

#include "audit/audit_run.h"
#include "reports/atomic_write.h"

namespace audit {

// {"version":1,"run":ID,"previous_run":ID|null,"new":N,"fixed":N,"open":N,"still_open":N,
//  "waived":N,"sources":{"ok":N,"stale":N,"failed":N},"exit_code":N,"expired_waivers":[...],
//  "findings":[{"fingerprint","state","source","rule","severity","gpu","field","claimed","expected","line"}]}
// "open" counts every finding wrong now that is not waived: the new ones and the still open.
// Written to `file` piece by piece, one finding per line, so a run with thousands of findings
// is never held as one JSON tree and its text at once.
std::optional<core::Error> write_summary_json(const AuditResult& result, const HistoryStore& db, reports::AtomicFile& file);

// A few lines for a person or a cron mail: totals, then each new and fixed finding, written
// to `out` as they are read from the history.
void print_summary(const AuditResult& result, const HistoryStore& db, std::FILE* out);

// Progress on stderr: a redrawn bar on a TTY, else one line per source.
void print_progress(const SourceProgress& p, bool tty);

}  // namespace audit
