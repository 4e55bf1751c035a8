// Derivation and catalog mapping over a whole probe result; tested in tests/probe/capture_reader_test.cpp.
#include "probe/record_completion.h"

#include "probe/derive.h"
#include "probe/product_map.h"

namespace probe {

core::Errors complete_records(ProbeResult& result) {
  core::Errors errors;
  for (DeviceRecord& device : result.devices) {
    for (core::Error& e : derive_values(device)) {
      e.position.file = result.source.file;
      errors.push_back(std::move(e));
    }
    ProductMatch match = match_product(device);
    device.catalog_id = match.catalog_id;
    if (match.catalog_id) continue;
    bool already = false;  // eight identical GPUs make one warning, not eight
    for (const core::Error& w : result.warnings) already = already || w.message == match.reason;
    if (!already) result.warnings.push_back({core::ErrorCode::not_found, match.reason, {result.source.file}});
  }
  return errors;
}

}  // namespace probe
