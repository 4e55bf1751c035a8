// Parser for the text the CUDA sample deviceQuery prints; tested in tests/probe/devicequery_parser_test.cpp.
#pragma once
#include "core/error.h"
#include "core/source.h"
#include "probe/device_record.h"

namespace probe {

// One DeviceRecord per "Device N:" block. The run must be complete: the closing
// "deviceQuery, CUDA Driver = ..., NumDevs = N" line is required and N must match the blocks
// found, so a truncated capture is an error, not a shorter list. Derived values are not
// filled here (see derive.h).
core::Result<ProbeResult> parse_devicequery(const core::Source& source);

}  // namespace probe
