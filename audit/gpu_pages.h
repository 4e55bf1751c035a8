// The audit report's page per GPU, written from the history one claim at a time; tested in tests/audit/audit_run_test.cpp and tests/audit/browser/.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "audit/history_store.h"
#include "catalog/catalog.h"

namespace audit {

// A report file name for an id: letters, digits, '-' and '_' kept, anything else '_'.
std::string report_file_name(const std::string& id);

struct GpuPagesInput {
  const catalog::Catalog& catalog;
};

// Writes `dir`/<id>.html for every GPU in `gpus` (HistoryStore::claim_gpus of `run`): the
// claimed fields as columns, the catalog's values as the first row, then one row per source
// with what it said. Claims are streamed from the history in (gpu, source, field) order and
// each page is written piece by piece, so memory holds one source's cells, not the run's
// claims: a GPU named by every one of thousands of pages costs no more than one named once.
std::optional<core::Error> write_gpu_pages(const std::string& dir, const HistoryStore& db, int64_t run,
                                           const std::vector<ClaimGpu>& gpus, const GpuPagesInput& input);

}  // namespace audit
