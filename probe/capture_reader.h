// Reading one capture file: sniff its kind, refuse binary or unknown input, parse, derive, map to the catalog; tested in tests/probe/capture_reader_test.cpp.
#pragma once
#include <string>

#include "core/error.h"
#include "probe/device_record.h"

namespace probe {

enum class CaptureKind { smi_xml, smi_text, devicequery, unknown };

// By content, never by file name: "<" first -> XML, "NVSMI LOG" -> nvidia-smi -q text,
// "deviceQuery Starting" / "CUDA Device Query" -> deviceQuery.
CaptureKind sniff_capture(const std::string& bytes);

// Reads, parses and completes one capture: derived values (derive.h) and catalog ids
// (product_map.h). Every error names the file. An unknown compute capability or a
// contradiction between readings fails the capture; an unmapped product name is a warning.
core::Result<ProbeResult> read_capture(const std::string& path);

}  // namespace probe
