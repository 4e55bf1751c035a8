// Parser for `nvidia-smi -q -x` XML (nvsmi_device DTD v11, v12, v13) through libxml2; tested in tests/probe/smi_xml_parser_test.cpp.
#pragma once
#include "core/error.h"
#include "core/source.h"
#include "probe/device_record.h"

namespace probe {

// One DeviceRecord per <gpu> child of <nvidia_smi_log>: the physical GPU. Values under
// <mig_devices> belong to MIG slices and are never read as the GPU's.
//
// Safety: the document is parsed with XML_PARSE_NONET and without XML_PARSE_NOENT,
// XML_PARSE_DTDLOAD or XML_PARSE_DTDATTR, so the SYSTEM "nvsmi_device_vNN.dtd" reference is
// never fetched and no entity is substituted. A document that declares any entity is
// refused before parsing (ErrorCode::security): real captures never declare one, and
// refusing covers external entities (XXE) and entity-expansion bombs alike.
core::Result<ProbeResult> parse_smi_xml(const core::Source& source);

}  // namespace probe
