// The field of a throughput (FLOPS) figure; tested in tests/extract/field_cues_test.cpp.
#pragma once
#include <string>
#include <string_view>

#include "core/quantity.h"

namespace extract {

// "19.5 TFLOPS FP64 Tensor", "34 TFLOPS (vector) and 67 TFLOPS (Tensor)", "989 TFLOPS of
// FP16": which rate a FLOPS figure is, from its clause (`before`, `after`) and, where the
// clause does not say, its sentence. "" when nothing names the precision.
std::string throughput_field(const core::Quantity& q, std::string_view before, std::string_view after, std::string_view sentence);

}  // namespace extract
