// The field of a bare count; tested in tests/extract/field_cues_test.cpp.
#pragma once
#include <string>
#include <string_view>

#include "core/quantity.h"

namespace extract {

// "184 Tensor Cores", "CUDA cores: 5888", "3 NVENC engines", "Xe-cores: 128   XMX engines:
// 1024", "76.3 billion transistors": which count field a number is, from the words of its
// clause (`before`, `after`). "" for a year, a CPU's cores or a number that ends a name.
std::string count_field(const core::Quantity& q, bool has_unit, std::string_view before, std::string_view after);

}  // namespace extract
