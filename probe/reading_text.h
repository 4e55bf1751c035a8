// Turning the text of one tool reading ("81559 MiB", "700.00 W", "16x") into a number; tested in tests/probe/reading_text_test.cpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace probe {

// All return nullopt for "N/A", "[N/A]", "Unknown Error", "Requested functionality has been
// deprecated" and anything else that is not exactly a number with the expected unit: a
// reading we cannot read is "not measured", never zero.
std::optional<int64_t> read_integer(std::string_view text);           // "132", " 58 "
std::optional<int64_t> read_mib_as_bytes(std::string_view text);      // "81559 MiB"
std::optional<int64_t> read_mhz(std::string_view text);               // "2619 MHz", "6251 Mhz"
std::optional<double> read_watts(std::string_view text);              // "700.00 W"
std::optional<int64_t> read_link_width(std::string_view text);        // "16x"
std::optional<bool> read_enabled(std::string_view text);              // "Enabled" / "Disabled"
// nvidia-smi's timestamp "Tue Nov 12 09:48:31 2024" -> "2024-11-12"; "" if it is not one.
std::string read_smi_date(std::string_view text);

std::string_view trim(std::string_view text);

}  // namespace probe
