// The audit's report folder (summary.json, index.html, a page per GPU) and `audit history|show`; tested in tests/audit/audit_command_test.cpp.
#pragma once
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_run.h"

namespace audit {

// Writes into `out_dir` (created if missing), each file atomically:
//   summary.json                 (run_summary.h)
//   index.html                   this run against the last (new, fixed, still open, waived),
//                                an SVG trend of open findings over the last 30 runs, and
//                                the per-source table (fetch status, staleness, findings)
//   gpu/<id>.html                sources x fields for each GPU the run saw claims about,
//                                under the catalog's row, disagreements with the catalog
//                                marked (gpu_pages.h: streamed from the history)
std::optional<core::Error> write_audit_report(const std::string& out_dir, const AuditResult& result,
                                              const std::string& db_path, const CatalogSession& session);

// The run's summary lines (run_summary.h) on `out`, read from the history at `db_path`.
std::optional<core::Error> print_audit_summary(const AuditResult& result, const std::string& db_path, std::FILE* out);

// Inline SVG: open findings per run, oldest left. `points` are (run id, open count).
std::string trend_svg(const std::vector<std::pair<int64_t, int>>& points);

// `factcheck audit history` and `factcheck audit show RUN`; exit 0, or 2 when the history
// cannot be read or the run is unknown.
int print_history(const std::string& db_path);
int print_run(const std::string& db_path, int64_t run);

}  // namespace audit
