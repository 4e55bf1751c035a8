// Units, conversions and formatting of quantities; tested in tests/core/quantity_test.cpp.
#include "core/quantity.h"

#include "core/text_case.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace core {
namespace {

struct UnitInfo {
  Unit unit;
  Dimension dimension;
  double factor;
  std::string_view symbol;
};

constexpr double kMonthSeconds = 30.436875 * 86400.0;  // Gregorian mean month

constexpr std::array kUnits{
    UnitInfo{Unit::none, Dimension::count, 1, ""},
    UnitInfo{Unit::thousand, Dimension::count, 1e3, "thousand"},
    UnitInfo{Unit::million, Dimension::count, 1e6, "million"},
    UnitInfo{Unit::billion, Dimension::count, 1e9, "billion"},
    UnitInfo{Unit::byte, Dimension::bytes, 1, "B"},
    UnitInfo{Unit::KB, Dimension::bytes, 1e3, "KB"},
    UnitInfo{Unit::MB, Dimension::bytes, 1e6, "MB"},
    UnitInfo{Unit::GB, Dimension::bytes, 1e9, "GB"},
    UnitInfo{Unit::TB, Dimension::bytes, 1e12, "TB"},
    UnitInfo{Unit::KiB, Dimension::bytes, 1024.0, "KiB"},
    UnitInfo{Unit::MiB, Dimension::bytes, 1048576.0, "MiB"},
    UnitInfo{Unit::GiB, Dimension::bytes, 1073741824.0, "GiB"},
    UnitInfo{Unit::TiB, Dimension::bytes, 1099511627776.0, "TiB"},
    UnitInfo{Unit::MB_per_s, Dimension::bandwidth, 1e6, "MB/s"},
    UnitInfo{Unit::GB_per_s, Dimension::bandwidth, 1e9, "GB/s"},
    UnitInfo{Unit::TB_per_s, Dimension::bandwidth, 1e12, "TB/s"},
    UnitInfo{Unit::Mbps, Dimension::data_rate, 1e6, "Mbps"},
    UnitInfo{Unit::Gbps, Dimension::data_rate, 1e9, "Gbps"},
    UnitInfo{Unit::MTps, Dimension::data_rate, 1e6, "MT/s"},
    UnitInfo{Unit::GTps, Dimension::data_rate, 1e9, "GT/s"},
    UnitInfo{Unit::W, Dimension::power, 1, "W"},
    UnitInfo{Unit::kW, Dimension::power, 1e3, "kW"},
    UnitInfo{Unit::Hz, Dimension::frequency, 1, "Hz"},
    UnitInfo{Unit::kHz, Dimension::frequency, 1e3, "kHz"},
    UnitInfo{Unit::MHz, Dimension::frequency, 1e6, "MHz"},
    UnitInfo{Unit::GHz, Dimension::frequency, 1e9, "GHz"},
    UnitInfo{Unit::GFLOPS, Dimension::flops, 1e9, "GFLOPS"},
    UnitInfo{Unit::TFLOPS, Dimension::flops, 1e12, "TFLOPS"},
    UnitInfo{Unit::PFLOPS, Dimension::flops, 1e15, "PFLOPS"},
    UnitInfo{Unit::TOPS, Dimension::ops, 1e12, "TOPS"},
    UnitInfo{Unit::POPS, Dimension::ops, 1e15, "POPS"},
    UnitInfo{Unit::nm, Dimension::length, 1e-9, "nm"},
    UnitInfo{Unit::mm, Dimension::length, 1e-3, "mm"},
    UnitInfo{Unit::cm, Dimension::length, 1e-2, "cm"},
    UnitInfo{Unit::inch, Dimension::length, 0.0254, "in"},
    UnitInfo{Unit::bit, Dimension::bits, 1, "bit"},
    UnitInfo{Unit::GPixel_per_s, Dimension::pixel_rate, 1e9, "GPixel/s"},
    UnitInfo{Unit::GTexel_per_s, Dimension::texture_rate, 1e9, "GTexel/s"},
    UnitInfo{Unit::times, Dimension::ratio, 1, "x"},
    UnitInfo{Unit::fraction, Dimension::ratio, 1, ""},
    UnitInfo{Unit::percent, Dimension::percent, 1, "%"},
    UnitInfo{Unit::hour, Dimension::duration, 3600, "hours"},
    UnitInfo{Unit::day, Dimension::duration, 86400, "days"},
    UnitInfo{Unit::week, Dimension::duration, 7 * 86400, "weeks"},
    UnitInfo{Unit::month, Dimension::duration, kMonthSeconds, "months"},
    UnitInfo{Unit::year, Dimension::duration, 12 * kMonthSeconds, "years"},
    UnitInfo{Unit::usd, Dimension::money, 1, "USD"},
    UnitInfo{Unit::mm2, Dimension::area, 1e-6, "mm2"},
};

const UnitInfo& info(Unit unit) {
  for (const auto& u : kUnits) {
    if (u.unit == unit) return u;
  }
  return kUnits[0];
}

}  // namespace

Dimension dimension_of(Unit unit) { return info(unit).dimension; }
double base_factor(Unit unit) { return info(unit).factor; }
std::string_view unit_symbol(Unit unit) { return info(unit).symbol; }

Dimension Quantity::dimension() const { return dimension_of(unit); }
double Quantity::base_value() const { return value * base_factor(unit); }
std::optional<double> Quantity::base_upper() const {
  if (!upper) return std::nullopt;
  return *upper * base_factor(unit);
}
double Quantity::base_resolution() const { return 0.5 * std::pow(10.0, -decimals) * base_factor(unit); }

double convert(double base_value, Unit to) { return base_value / base_factor(to); }

std::optional<Unit> unit_from_symbol(std::string_view text) {
  // Exact (case-sensitive) symbols first: "Gb" vs "GB" carry meaning.
  for (const auto& u : kUnits) {
    if (!u.symbol.empty() && text == u.symbol) return u.unit;
  }
  const std::string t = ascii_lower(text);
  struct Alias {
    std::string_view text;
    Unit unit;
  };
  static constexpr std::array kAliases{
      Alias{"gb", Unit::GB},          Alias{"gigabytes", Unit::GB},    Alias{"mb", Unit::MB},
      Alias{"tb", Unit::TB},          Alias{"gib", Unit::GiB},         Alias{"mib", Unit::MiB},
      Alias{"kb", Unit::KB},          Alias{"kib", Unit::KiB},         Alias{"tib", Unit::TiB},
      Alias{"gb/s", Unit::GB_per_s},  Alias{"gbps", Unit::Gbps},       Alias{"tb/s", Unit::TB_per_s},
      Alias{"mb/s", Unit::MB_per_s},  Alias{"gbit/s", Unit::Gbps},     Alias{"gb/sec", Unit::GB_per_s}, Alias{"tb/sec", Unit::TB_per_s},
      Alias{"mt/s", Unit::MTps},      Alias{"gt/s", Unit::GTps},       Alias{"mbps", Unit::Mbps},
      Alias{"w", Unit::W},            Alias{"watt", Unit::W},          Alias{"watts", Unit::W},
      Alias{"kw", Unit::kW},          Alias{"mhz", Unit::MHz},         Alias{"ghz", Unit::GHz},
      Alias{"khz", Unit::kHz},        Alias{"hz", Unit::Hz},           Alias{"tflops", Unit::TFLOPS},
      Alias{"gflops", Unit::GFLOPS},  Alias{"pflops", Unit::PFLOPS},   Alias{"tops", Unit::TOPS},
      Alias{"pops", Unit::POPS},      Alias{"nm", Unit::nm},           Alias{"mm", Unit::mm},
      Alias{"cm", Unit::cm},          Alias{"in", Unit::inch},         Alias{"inch", Unit::inch},
      Alias{"inches", Unit::inch},    Alias{"mm²", Unit::mm2},        Alias{"mm^2", Unit::mm2},
      Alias{"sq mm", Unit::mm2},    Alias{"bit", Unit::bit},         Alias{"bits", Unit::bit},
      Alias{"-bit", Unit::bit},       Alias{"gpixel/s", Unit::GPixel_per_s}, Alias{"gtexel/s", Unit::GTexel_per_s},
      Alias{"x", Unit::times},        Alias{"\xC3\x97", Unit::times},  Alias{"%", Unit::percent},
      Alias{"hours", Unit::hour},     Alias{"hour", Unit::hour},       Alias{"h", Unit::hour},
      Alias{"months", Unit::month},   Alias{"month", Unit::month},     Alias{"days", Unit::day},
      Alias{"years", Unit::year},     Alias{"weeks", Unit::week},      Alias{"million", Unit::million},
      Alias{"billion", Unit::billion}, Alias{"thousand", Unit::thousand}, Alias{"usd", Unit::usd},
      Alias{"$", Unit::usd},
  };
  for (const auto& a : kAliases) {
    if (t == a.text) return a.unit;
  }
  return std::nullopt;
}

std::string format_number(double value, int max_decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, max_decimals), value);
  std::string s(buf);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string format_quantity(const Quantity& q) {
  std::string out;
  switch (q.qualifier) {
    case Qualifier::approximate: out = "~"; break;
    case Qualifier::up_to: out = "up to "; break;
    case Qualifier::at_least: out = "over "; break;
    case Qualifier::at_most: out = "under "; break;
    default: break;
  }
  int decimals = std::max(q.decimals, 0);
  out += format_number(q.value, std::max(decimals, 3));
  if (q.upper) out += "-" + format_number(*q.upper, std::max(decimals, 3));
  const auto sym = unit_symbol(q.unit);
  if (!sym.empty()) {
    if (q.unit == Unit::times || q.unit == Unit::percent) {
      out += sym == "x" ? "\xC3\x97" : std::string(sym);
    } else {
      out += " ";
      out += sym;
    }
  }
  return out;
}

}  // namespace core
