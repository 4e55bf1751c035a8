// Catalog values checked against the measured records in datasets/measured/, each field with its own tolerance; tested in tests/probe/measured_check_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

// For every device in every datasets/measured/*.json whose catalog_id names a GPU in
// `catalog`, compares the catalog's fields with the measurement and reports each
// disagreement beyond the field's tolerance, positioned at the catalog value:
//   sm_count, cuda_cores, memory_bus_width   exact (counted by the device)
//   architecture                             same name (from compute capability or the tool)
//   memory_size (GB)    measured total within [0.88, 1.005] x nominal GiB: vendors label
//                       GiB-sized memory "GB", and the device reports less than nominal
//                       (reserved memory, ECC carve-out: an L4 with ECC shows 21.95 of 24)
//   l2_cache (MB)       equals the measured size in MiB or in decimal MB, within 0.5
//                       (vendors write 50 MiB as "50 MB"; some convert to 52.4 MB)
//   tdp (W)             within [0.75 x default power limit, 1.02 x max power limit]: board
//                       limits are not marketing TDP (an A100 SXM4 80GB board allows 500 W,
//                       NVIDIA's TDP is 400 W; an H100 NVL defaults to 310 W, max 400 W)
//   memory_bandwidth    within 5% of 2 x max memory clock x bus width / 8: vendor peaks are
//                       rounded ("3.9 TB/s" for an H100 NVL that computes to 4023 GB/s)
// Identical devices of one record are reported once. A record that cannot be read is an
// error naming its file; a catalog_id not in the catalog is skipped (not yet catalogued).
core::Errors check_measured_against_catalog(const catalog::Catalog& catalog, const std::string& measured_dir);

// One catalog value outside its field's tolerance of a measurement.
struct MeasuredDisagreement {
  std::string gpu_id, field;
  std::string catalog_value;  // "58", "24 GB": the catalog's value, with its unit
  std::string measured;       // "60", "21.95 GiB", "power limits 60 W default, 72 W max"
  std::string tolerance;      // the rule in words
  std::string device_name;    // as the device reports it
  core::Position position;    // of the catalog value
};

// The same checks for one measured record already read (the audit reads records it
// fetched as sources); identical devices of the record are reported once.
std::vector<MeasuredDisagreement> measured_disagreements(const catalog::Catalog& catalog, const ProbeResult& record);

}  // namespace probe
