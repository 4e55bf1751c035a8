// One audit source: fetched bytes -> health, reader, spec table, claims, findings; tested in tests/audit/audit_run_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "audit/history_store.h"
#include "audit/pipeline.h"
#include "audit/source_list.h"
#include "scrapers/fetch/fetch.h"

namespace audit {

// Runs the pipeline over one fetched source and returns what the history records.
// A fetch error is a `failed` source. A page that is empty, a block page, or has lost the
// spec table its last good copy had is a source error: when a good copy exists it is
// checked instead and the source is `stale`; without one the source is `failed`.
SourceRecord check_source(const AuditSource& source, core::Result<scrapers::Fetched>&& fetched,
                          const std::optional<GoodCopy>& good, const CatalogSession& session,
                          const rules::CheckOptions& options);

}  // namespace audit
