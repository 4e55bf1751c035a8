// Finishing parsed or live records: derived values and catalog ids for every device; tested in tests/probe/capture_reader_test.cpp.
#pragma once
#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

// Runs derive_values and match_product on each device. Returns the derivation errors
// (which fail the probe: an unknown compute capability is never defaulted); unmapped
// product names become one warning each in result.warnings.
core::Errors complete_records(ProbeResult& result);

}  // namespace probe
