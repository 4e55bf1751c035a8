// Probe results as JSON ({"version":1,"devices":[...]}) and back; tested in tests/probe/record_json_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

// The output of `factcheck probe --format json` and the content of datasets/measured/*.json
// (schema in datasets/measured/README.md). Keys are written only where measured.
std::string to_json(const ProbeResult& result);
// Several captures in one document; each device keeps its own source.
std::string to_json(const std::vector<ProbeResult>& results);

// Reads a measured record back (for the catalog check). Errors name `path`.
core::Result<ProbeResult> probe_result_from_json(const std::string& text, const std::string& path);

}  // namespace probe
