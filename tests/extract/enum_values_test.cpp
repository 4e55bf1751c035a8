// Tests of extract/enum_values: architectures, memory types, dies, outputs, slots and interfaces in text and cells.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/enum_values.h"

using extract::find_enum_values;
using extract::read_cell_value;

namespace {

// "field=value" for each value found, in order.
std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& v : find_enum_values(text)) out.push_back(v.field + "=" + v.value);
  return out;
}

}  // namespace

TEST_CASE("architecture and memory type in a sentence, with their spans", "[enum]") {
  const std::string text = "Built on the Ada Lovelace architecture with GDDR6 memory.";
  auto values = find_enum_values(text);
  REQUIRE(values.size() == 2);
  CHECK(values[0].field == "architecture");
  CHECK(values[0].value == "Ada Lovelace");
  CHECK(text.substr(values[0].begin, values[0].end - values[0].begin) == "Ada Lovelace");
  CHECK_FALSE(values[0].self_evident);  // "Ada" alone could be a name: needs a cue word
  CHECK(values[1].field == "memory_type");
  CHECK(values[1].value == "GDDR6");
  CHECK(values[1].self_evident);
}

TEST_CASE("values are normalized to the catalog's spelling", "[enum]") {
  CHECK(found("HBM3E stacks") == std::vector<std::string>{"memory_type=HBM3e"});
  CHECK(found("an AD104 die") == std::vector<std::string>{"code_name=AD104"});
  CHECK(found("PCIe 4.0 x16") == std::vector<std::string>{"interface=PCIe 4.0 x16"});
  CHECK(found("PCIe Gen4 x16") == std::vector<std::string>{"interface=PCIe 4.0 x16"});
  CHECK(found("Dual-slot cooler") == std::vector<std::string>{"slot_width=dual"});
  CHECK(found("a single slot card") == std::vector<std::string>{"slot_width=single"});
}

TEST_CASE("\"No display engine\" says the card has no outputs", "[enum]") {
  auto values = find_enum_values("No display engine");
  REQUIRE(values.size() == 1);
  CHECK(values[0].field == "display_outputs");
  CHECK(values[0].value == "none");
  CHECK(values[0].self_evident);
  CHECK(found("It is headless: no video outputs.") ==
        std::vector<std::string>{"display_outputs=none", "display_outputs=none"});
}

TEST_CASE("words that only look like values are not values", "[enum]") {
  CHECK(found("GDDR6Xtreme").empty());  // glued to a longer word
  CHECK(found("Adafruit boards").empty());
  CHECK(found("The ADA104 chip").empty());  // not a die name
}

TEST_CASE("a table cell is read whole as the value of its row's field", "[enum]") {
  auto outputs = read_cell_value("display_outputs", " 1x HDMI 2.1, 3x DisplayPort 1.4a ");
  CHECK(outputs.value == "1x HDMI 2.1, 3x DisplayPort 1.4a");
  CHECK(outputs.begin == 1);
  CHECK(outputs.end == 33);
  CHECK(read_cell_value("display_outputs", "None").value == "none");
  CHECK(read_cell_value("display_outputs", "No display outputs").value == "none");
  CHECK(read_cell_value("slot_width", "Single-slot").value == "single");
  CHECK(read_cell_value("memory_type", "gddr6x").value == "GDDR6X");
  CHECK(read_cell_value("architecture", "Ada").value == "Ada Lovelace");
  CHECK(read_cell_value("interface", "PCI Express 5.0 x16").value == "PCIe 5.0 x16");
  CHECK(read_cell_value("power_connectors", "Slot power only").value == "none");
  CHECK(read_cell_value("power_connectors", "1x 16-pin").value == "1x 16-pin");
}

TEST_CASE("empty and placeholder cells hold no value", "[enum]") {
  for (const char* cell : {"", "  ", "-", "\xE2\x80\x94", "N/A", "unknown"}) {
    INFO("cell: " << cell);
    CHECK(read_cell_value("memory_type", cell).value.empty());
  }
}

TEST_CASE("canonical architecture names", "[enum]") {
  using extract::canonical_architecture;
  CHECK(canonical_architecture("Ada") == "Ada Lovelace");
  CHECK(canonical_architecture("lovelace") == "Ada Lovelace");
  CHECK(canonical_architecture("RDNA3") == "RDNA 3");
  CHECK(canonical_architecture("cdna 3") == "CDNA 3");
  CHECK(canonical_architecture("Battlemage") == "Xe2");
  CHECK(canonical_architecture(" Hopper ") == "Hopper");
  CHECK(canonical_architecture("Something New") == "Something New");
}
