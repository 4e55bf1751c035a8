// An audit source that is a measured record (datasets/measured/*.json): the catalog checked against what the devices reported; tested in tests/audit/audit_run_test.cpp.
#pragma once
#include <string>

#include "audit/history_store.h"
#include "audit/pipeline.h"
#include "audit/source_list.h"

namespace audit {

// Reads `bytes` as a measured record (schema in datasets/measured/README.md). Each measured
// value of a catalogued device becomes a claim; each catalog value outside its field's
// tolerance of the measurement (probe/measured_check.h) becomes an
// `audit-measured-disagreement` error: the catalog's finding, the measurement its evidence,
// for a device count is stronger than any datasheet. Returns false, with rec.error, when the
// bytes are not such a record.
bool check_measured_record(SourceRecord& rec, const AuditSource& source, const std::string& bytes,
                           const CatalogSession& session);

}  // namespace audit
