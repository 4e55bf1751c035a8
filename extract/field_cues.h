// Which field a number or value is about, from headers, bold leads and nearby words; tested in tests/extract/field_cues_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/quantity.h"

namespace extract {

// A table row header or bold lead ("Memory Bandwidth", "Thermal Design Power (TDP)",
// "Power draw (peak)", "Pipelines", "VRAM"): the field it names, "" for a header that
// names something we deliberately do not check ("Recommended system power (PSU)",
// "Width", "MSRP"), nullopt when it names nothing we know.
std::optional<std::string> field_from_header(std::string_view header);

// The unit a header names for its bare cells: "Transistors (bn)", "Memory (GB)",
// "Clock, MHz", or a header that is a unit ("GFLOPS"); nullopt when it names none.
std::optional<core::Unit> header_unit(std::string_view header);

// The field for a number in running text, from its unit and the words of its clause
// (`before` and `after` are the clause text on either side). "" when the words do not
// say, or say it is about something else (a PSU, a model's weights, a PCIe link).
// `sentence`, when given, is read for throughput figures whose clause does not say which
// precision ("~360 TFLOPS" after "tensor compute at ~120 TFLOPS FP16").
std::string field_from_context(const core::Quantity& q, bool has_unit, std::string_view before, std::string_view after,
                               std::string_view sentence = "");

// Whether the words around a throughput say it was measured in a run ("we sustained 400
// TFLOPS", "in our benchmark"): then it is no rated peak, whatever its precision.
bool measured_throughput(std::string_view before, std::string_view after);

// Memory speed is written as a clock (MHz) or a per-pin data rate (Gbps) under either name
// ("Memory clock: 1313 MHz, 21 Gbps effective"): the unit, not the words, says which field.
std::string field_for_unit(const std::string& field, const core::Quantity& q);

// Whether a value of this quantity can be a value of the field (units agree).
// Whether a figure's own words say it is not the spec a lead or header names: "Power: 165 W
// (recommended PSU 550 W)", "Memory: 24 GB (10 GB per MIG slice)".
bool figure_excluded(const core::Quantity& q, std::string_view before, std::string_view after);

bool unit_fits_field(const core::Quantity& q, bool has_unit, std::string_view field);

}  // namespace extract
