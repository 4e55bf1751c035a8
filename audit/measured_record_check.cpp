// Measured records as audit sources; tested in tests/audit/audit_run_test.cpp.
#include "audit/measured_record_check.h"

#include "audit/fingerprint.h"
#include "core/quantity.h"
#include "probe/measured_check.h"
#include "probe/record_json.h"

namespace audit {
namespace {

void add_claims(SourceRecord& rec, const probe::DeviceRecord& d) {
  const std::string& gpu = *d.catalog_id;
  auto add = [&](const char* field, const std::string& value) { rec.claims.push_back({gpu, field, value, 0, 0}); };
  if (d.sm_count) add("sm_count", std::to_string(*d.sm_count));
  if (d.cuda_cores) add("cuda_cores", std::to_string(*d.cuda_cores));
  if (d.memory_bus_width_bits) add("memory_bus_width", std::to_string(*d.memory_bus_width_bits) + " bit");
  if (d.memory_total_bytes) {
    add("memory_size", core::format_number(static_cast<double>(*d.memory_total_bytes) / (1024.0 * 1024.0 * 1024.0), 2) + " GiB");
  }
  if (d.bandwidth_gbs) add("memory_bandwidth", core::format_number(*d.bandwidth_gbs, 2) + " GB/s");
  if (d.architecture) add("architecture", *d.architecture);
}

}  // namespace

bool check_measured_record(SourceRecord& rec, const AuditSource& source, const std::string& bytes,
                           const CatalogSession& session) {
  auto record = probe::probe_result_from_json(bytes, source.location);
  if (!record.ok()) {
    rec.error = "not a measured record: " + record.error().format();
    return false;
  }
  size_t catalogued = 0;
  for (const auto& d : record->devices) {
    if (!d.catalog_id || !session.catalog.find(*d.catalog_id)) continue;
    ++catalogued;
    add_claims(rec, d);
  }
  for (const auto& d : probe::measured_disagreements(session.catalog, *record)) {
    FindingRow row;
    // The catalog's value is the claim on trial: correcting it fixes the finding.
    row.fingerprint = fingerprint(source.id, "audit-measured-disagreement", d.gpu_id, d.field, d.catalog_value);
    row.source_id = source.id;
    row.rule = "audit-measured-disagreement";
    row.severity = "error";
    row.gpu = d.gpu_id;
    row.field = d.field;
    row.claimed = d.catalog_value;
    row.expected = d.measured;
    row.message = "the catalog says " + d.catalog_value + " for " + d.gpu_id + " " + d.field + ", but " + d.device_name +
                  " measured " + d.measured + " (tolerance: " + d.tolerance + "; catalog value at " + d.position.file + ":" +
                  std::to_string(d.position.line) + ")";
    row.evidence = source.page_url.empty() ? source.location : source.page_url;
    row.line = d.position.line;
    row.column = d.position.column;
    rec.findings.push_back(std::move(row));
  }
  rec.format = "measured";
  rec.title = "measured record (" + std::to_string(record->devices.size()) + " devices, " + std::to_string(catalogued) +
              " catalogued)";
  return true;
}

}  // namespace audit
