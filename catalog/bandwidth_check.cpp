// Whole-catalog check: memory_bandwidth agrees with bus width x data rate / 8; tested in tests/catalog/checks_test.cpp.
#include <cmath>

#include "catalog/checks.h"
#include "core/quantity.h"

namespace catalog {

void check_derived_bandwidth(const Catalog& catalog, core::Errors& errors) {
  for (const auto& gpu : catalog.gpus()) {
    const FieldValue* bandwidth = gpu.field("memory_bandwidth");
    const FieldValue* bus = gpu.field("memory_bus_width");
    const FieldValue* rate = gpu.field("memory_data_rate");
    if (!bandwidth || !bus || !rate || !bandwidth->is_number() || !bus->is_number() || !rate->is_number()) continue;
    double expected = bus->number() * rate->number() / 8.0;
    if (expected <= 0) continue;
    double off = std::fabs(bandwidth->number() - expected) / expected;
    if (off <= kBandwidthTolerance) continue;
    errors.push_back({core::ErrorCode::inconsistent,
                      "memory_bandwidth " + core::format_number(bandwidth->number()) + " GB/s disagrees with memory_bus_width " +
                          core::format_number(bus->number()) + " bit x memory_data_rate " +
                          core::format_number(rate->number()) + " Gbps / 8 = " + core::format_number(expected, 1) +
                          " GB/s (off by " + core::format_number(off * 100, 1) + "%, tolerance " +
                          core::format_number(kBandwidthTolerance * 100) + "%)",
                      bandwidth->position});
  }
}

}  // namespace catalog
