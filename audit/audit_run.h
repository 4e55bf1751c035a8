// One nightly audit: sources -> pipeline per source -> history -> new / fixed / still open; tested in tests/audit/audit_run_test.cpp.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "audit/history_store.h"
#include "audit/pipeline.h"
#include "audit/source_list.h"
#include "audit/waivers.h"
#include "scrapers/fetch/fetch.h"

namespace audit {

struct AuditOptions {
  std::string db_path = "factcheck-audit.sqlite";
  std::string only_tag;
  std::string fail_on = "error";     // a new finding at least this severe makes exit 1
  double max_failed_share = 0.5;     // more failed sources than this share: exit 3
  std::string today;                 // YYYY-MM-DD for waiver expiry; "" = the UTC date now
  scrapers::FetchOptions fetch;
};

// What the caller hears as each source finishes (progress bar or log line).
struct SourceProgress {
  size_t done = 0, total = 0, failed = 0;
  const SourceRecord* record = nullptr;
  double elapsed_s = 0;
};
using ProgressCallback = std::function<void(const SourceProgress&)>;

struct AuditResult {
  int exit_code = 0;
  int64_t run = 0;
  int64_t previous_run = 0;  // 0 on the first run
  RunRow totals;
  // The run's findings stay in the history (HistoryStore::each_finding of `run`).
  std::vector<std::string> expired_waivers;  // "fingerprint: author: reason (expired DATE)"
  int aborted_runs_found = 0;  // killed runs the store marked aborted on open
  double elapsed_s = 0;
  core::Errors errors;  // history or waiver problems (exit 2)
};

AuditResult run_audit(const std::vector<AuditSource>& sources, const CatalogSession& session, const WaiverList& waivers,
                      const AuditOptions& options, const ProgressCallback& progress);

// UTC now as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_now();

}  // namespace audit
