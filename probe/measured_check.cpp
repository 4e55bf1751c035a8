// Per-field tolerance checks of catalog values against measured records; tested in tests/probe/measured_check_test.cpp.
#include "probe/measured_check.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/quantity.h"
#include "probe/record_json.h"

namespace probe {
namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr double kMiB = 1024.0 * 1024.0;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

struct Checker {
  const catalog::Gpu& gpu;
  const DeviceRecord& device;
  std::vector<MeasuredDisagreement>& found;
  std::set<std::string>& seen;

  const catalog::FieldValue* number(const char* field) const {
    // Gpu::field() is the catalog's accessor; reading the map directly keeps this check
    // usable before (and independent of) the catalog library's implementation.
    auto it = gpu.fields.find(field);
    if (it == gpu.fields.end() || !it->second.is_number()) return nullptr;
    return &it->second;
  }

  void report(const catalog::FieldValue& value, const std::string& claimed, const std::string& measured,
              const std::string& tolerance) {
    // Identical devices (eight H100s in one capture) disagree identically: once is enough.
    if (!seen.insert(gpu.id + "\n" + value.field + "\n" + claimed + "\n" + measured + "\n" + device.name.value_or("")).second) {
      return;
    }
    core::Position where = value.position;
    if (where.file.empty()) where.file = gpu.path;
    found.push_back({gpu.id, value.field, claimed, measured, tolerance, device.name.value_or(""), where});
  }

  void exact(const char* field, const std::optional<int64_t>& measured, const char* unit) {
    const catalog::FieldValue* v = number(field);
    if (!v || !measured) return;
    if (std::llround(v->number()) != *measured || std::fabs(v->number() - std::round(v->number())) > 1e-9)
      report(*v, core::format_number(v->number()) + unit, std::to_string(*measured) + unit, "exact (counted by the device)");
  }

  void run() {
    exact("sm_count", device.sm_count, "");
    exact("cuda_cores", device.cuda_cores, "");
    exact("memory_bus_width", device.memory_bus_width_bits, " bit");
    if (auto it = gpu.fields.find("architecture");
        it != gpu.fields.end() && !it->second.is_number() && device.architecture &&
        lower(it->second.text()) != lower(*device.architecture)) {
      report(it->second, it->second.text(), *device.architecture, "same architecture name");
    }
    if (auto v = number("memory_size"); v && device.memory_total_bytes) {
      double gib = static_cast<double>(*device.memory_total_bytes) / kGiB;
      if (gib < 0.88 * v->number() || gib > 1.005 * v->number())
        report(*v, core::format_number(v->number()) + " GB", core::format_number(gib, 2) + " GiB",
               "0.88-1.005 x nominal (reserved memory, ECC carve-out)");
    }
    if (auto v = number("l2_cache"); v && device.l2_bytes) {
      double mib = static_cast<double>(*device.l2_bytes) / kMiB;
      double mb = static_cast<double>(*device.l2_bytes) / 1e6;
      if (std::fabs(v->number() - mib) > 0.5 && std::fabs(v->number() - mb) > 0.5)
        report(*v, core::format_number(v->number()) + " MB", core::format_number(mib, 2) + " MiB",
               "the MiB or decimal MB figure, within 0.5");
    }
    if (auto v = number("tdp"); v && device.power_limit_default_w && device.power_limit_max_w) {
      if (v->number() < 0.75 * *device.power_limit_default_w || v->number() > 1.02 * *device.power_limit_max_w)
        report(*v, core::format_number(v->number()) + " W",
               "power limits " + core::format_number(*device.power_limit_default_w) + " W default, " +
                   core::format_number(*device.power_limit_max_w) + " W max",
               "0.75 x default limit to 1.02 x max limit (board limits are not marketing TDP)");
    }
    if (auto v = number("memory_bandwidth"); v && device.bandwidth_gbs) {
      if (std::fabs(v->number() - *device.bandwidth_gbs) > 0.05 * *device.bandwidth_gbs)
        report(*v, core::format_number(v->number()) + " GB/s", core::format_number(*device.bandwidth_gbs, 2) + " GB/s",
               "5% of 2 x max memory clock x bus width / 8 (vendor peaks are rounded)");
    }
  }
};

}  // namespace

core::Errors check_measured_against_catalog(const catalog::Catalog& catalog, const std::string& measured_dir) {
  core::Errors errors;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(measured_dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) {
    errors.push_back({core::ErrorCode::io, "cannot list measured records: " + ec.message(), {measured_dir}});
    return errors;
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string path = file.string();
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      errors.push_back({core::ErrorCode::io, "cannot read measured record", {path}});
      continue;
    }
    auto record = probe_result_from_json(text.str(), path);
    if (!record) {
      errors.push_back(record.error());
      continue;
    }
    for (const auto& d : measured_disagreements(catalog, *record)) {
      errors.push_back({core::ErrorCode::inconsistent,
                        d.gpu_id + " " + d.field + " is " + d.catalog_value + " but " + path + " measured " + d.measured +
                            " (" + d.device_name + "); tolerance: " + d.tolerance,
                        d.position});
    }
  }
  return errors;
}

std::vector<MeasuredDisagreement> measured_disagreements(const catalog::Catalog& catalog, const ProbeResult& record) {
  std::vector<MeasuredDisagreement> found;
  std::set<std::string> seen;
  for (const DeviceRecord& device : record.devices) {
    if (!device.catalog_id) continue;
    for (const catalog::Gpu& gpu : catalog.gpus()) {
      if (gpu.id == *device.catalog_id) Checker{gpu, device, found, seen}.run();
    }
  }
  return found;
}

}  // namespace probe
