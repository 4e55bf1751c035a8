// Quantity: a number with unit, stated precision and qualifier; tested in tests/core/quantity_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace core {

// Each unit belongs to one dimension; values of one dimension compare after to_base().
enum class Dimension {
  count,         // plain numbers: cores, SMs
  bytes,         // memory sizes; decimal and binary units both live here
  bandwidth,     // bytes per second
  data_rate,     // bits per second per pin (GDDR "Gbps")
  power,         // watts
  frequency,     // hertz
  flops,         // floating-point operations per second
  ops,           // integer operations per second
  length,        // metres (card length, process node)
  bits,          // bus width
  pixel_rate,    // pixels per second
  texture_rate,  // texels per second
  ratio,         // "2.9x", "1/3"
  percent,
  duration,      // seconds (hours, months)
  money,         // USD
  area,          // square metres (die size)
};

enum class Unit {
  none,
  // count and scale words
  thousand, million, billion,
  // bytes
  byte, KB, MB, GB, TB, KiB, MiB, GiB, TiB,
  // bandwidth
  MB_per_s, GB_per_s, TB_per_s,
  // data rate per pin
  Mbps, Gbps, MTps, GTps,
  // power
  W, kW,
  // frequency
  Hz, kHz, MHz, GHz,
  // throughput
  GFLOPS, TFLOPS, PFLOPS, TOPS, POPS,
  // length
  nm, mm, cm, inch,
  // bits
  bit,
  // fill rates
  GPixel_per_s, GTexel_per_s,
  // ratios
  times, fraction, percent,
  // durations
  hour, day, week, month, year,
  // money
  usd,
  // area
  mm2,
};

enum class Qualifier {
  exact,        // "24 GB"
  approximate,  // "~120", "about", "roughly"
  up_to,        // "up to 2.5 GHz"
  at_least,     // "over", "more than", "at least"
  at_most,      // "under", "less than"
  range,        // "16-20 GB": value..upper
};

struct Quantity {
  double value = 0;
  std::optional<double> upper;  // set for ranges
  Unit unit = Unit::none;
  int decimals = 0;             // digits after the decimal point as written ("300.1" -> 1)
  Qualifier qualifier = Qualifier::exact;

  Dimension dimension() const;
  // Value in the dimension's base unit (bytes, bytes/s, bits/s, W, Hz, FLOPS, OPS, m, bits, ...).
  double base_value() const;
  std::optional<double> base_upper() const;
  // Half the last stated digit, in base units: "1 TB/s" is good to +/-0.5 TB/s.
  double base_resolution() const;
};

Dimension dimension_of(Unit unit);
// Multiplier from `unit` to its dimension's base unit.
double base_factor(Unit unit);
// Canonical spelling used in output and in the catalog ("GB", "GB/s", "TFLOPS", ...).
std::string_view unit_symbol(Unit unit);
// Parses a canonical or common spelling ("GB/s", "gbps", "Watt", "GHz"); case rules follow
// the units (Gb vs GB is not guessed: "Gbps" is per-pin data rate, "GB/s" bandwidth).
std::optional<Unit> unit_from_symbol(std::string_view text);

// Value in `unit` (same dimension), e.g. convert 1008 GB/s to TB/s.
double convert(double base_value, Unit to);

// "24 GB", "~120 TFLOPS", "16-20 GB", "up to 2.5 GHz": the quantity as a writer would read it.
std::string format_quantity(const Quantity& q);
// Shortest decimal text for a number ("300.1", "24", "1008").
std::string format_number(double value, int max_decimals = 3);

}  // namespace core
