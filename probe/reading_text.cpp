// Number parsing for tool readings; tested in tests/probe/reading_text_test.cpp.
#include "probe/reading_text.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace probe {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  return text;
}

namespace {

// Splits "700.00 W" into number text and unit text.
bool split_unit(std::string_view text, std::string_view& number, std::string_view& unit) {
  text = trim(text);
  size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  number = text.substr(0, space);
  unit = trim(text.substr(space + 1));
  return !number.empty() && !unit.empty();
}

std::optional<int64_t> whole(std::string_view text) {
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

}  // namespace

std::optional<int64_t> read_integer(std::string_view text) { return whole(trim(text)); }

std::optional<int64_t> read_mib_as_bytes(std::string_view text) {
  std::string_view number, unit;
  if (!split_unit(text, number, unit) || unit != "MiB") return std::nullopt;
  auto mib = whole(number);
  if (!mib) return std::nullopt;
  return *mib * 1024 * 1024;
}

std::optional<int64_t> read_mhz(std::string_view text) {
  std::string_view number, unit;
  // deviceQuery prints "Mhz" for the memory clock and "MHz" elsewhere.
  if (!split_unit(text, number, unit) || (unit != "MHz" && unit != "Mhz")) return std::nullopt;
  return whole(number);
}

std::optional<double> read_watts(std::string_view text) {
  std::string_view number, unit;
  if (!split_unit(text, number, unit) || unit != "W") return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc() || end != number.data() + number.size() || value < 0) return std::nullopt;
  return value;
}

std::optional<int64_t> read_link_width(std::string_view text) {
  text = trim(text);
  if (text.size() < 2 || text.back() != 'x') return std::nullopt;
  return whole(text.substr(0, text.size() - 1));
}

std::optional<bool> read_enabled(std::string_view text) {
  text = trim(text);
  if (text == "Enabled" || text == "Yes") return true;
  if (text == "Disabled" || text == "No") return false;
  return std::nullopt;
}

std::string read_smi_date(std::string_view text) {
  // "Tue Nov 12 09:48:31 2024": weekday, month, day, time, year.
  static constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char weekday[4] = {}, month[4] = {}, clock[9] = {};
  int day = 0, year = 0;
  std::string copy(trim(text));
  if (std::sscanf(copy.c_str(), "%3s %3s %d %8s %d", weekday, month, &day, clock, &year) != 5) return "";
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m] == month && day >= 1 && day <= 31 && year >= 2000 && year <= 2200) {
      char out[16];
      std::snprintf(out, sizeof out, "%04d-%02zu-%02d", year, m + 1, day);
      return out;
    }
  }
  return "";
}

}  // namespace probe
