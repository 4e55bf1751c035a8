// Non-numeric values writers state: architectures, memory types, dies, outputs, slots, interfaces; tested in tests/extract/enum_values_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace extract {

struct EnumValue {
  std::string field;  // architecture, memory_type, code_name, display_outputs, slot_width, interface, power_connectors
  std::string value;  // normalized: "Ada Lovelace", "GDDR6X", "AD104", "none", "single", "PCIe 4.0 x16", "1x 16-pin"
  size_t begin = 0;
  size_t end = 0;
  bool self_evident = false;  // the words alone say which field ("No display engine", "Dual-slot")
};

// Every recognisable value in `text`, in order.
std::vector<EnumValue> find_enum_values(std::string_view text);

// A whole table cell read as the value of `field` ("1x HDMI 2.1, 3x DisplayPort 1.4a",
// "Single-slot", "-" gives nothing). Empty value when the cell does not hold one.
EnumValue read_cell_value(std::string_view field, std::string_view cell);

// Canonical spellings shared with the rules: "Ada" -> "Ada Lovelace", "RDNA3" -> "RDNA 3".
std::string canonical_architecture(std::string_view name);

}  // namespace extract
