// Parser for `nvidia-smi -q` text; tested in tests/probe/smi_text_parser_test.cpp.
#pragma once
#include "core/error.h"
#include "core/source.h"
#include "probe/device_record.h"

namespace probe {

// One DeviceRecord per "GPU 00000000:01:00.0" block (physical GPUs; entries under
// "MIG Devices" are slices and are never read as the GPU's values). The block count must
// equal "Attached GPUs" and each block must reach its closing "Processes" entry, so a
// truncated capture is an error.
core::Result<ProbeResult> parse_smi_text(const core::Source& source);

}  // namespace probe
