// JSON writing and reading of probe results with nlohmann_json; tested in tests/probe/record_json_test.cpp.
#include "probe/record_json.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace probe {
namespace {

using nlohmann::ordered_json;

template <typename T>
void put(ordered_json& out, const char* key, const std::optional<T>& value) {
  if (value) out[key] = *value;
}

ordered_json source_json(const ProbeSource& s) {
  ordered_json out;
  out["tool"] = s.tool;
  out["file"] = s.file;
  if (!s.date.empty()) out["date"] = s.date;
  if (!s.format_version.empty()) out["format"] = s.format_version;
  return out;
}

ordered_json device_json(const DeviceRecord& d, const ProbeSource& s) {
  ordered_json out = ordered_json::object();
  put(out, "name", d.name);
  put(out, "uuid", d.uuid);
  put(out, "pci_bus_id", d.pci_bus_id);
  put(out, "catalog_id", d.catalog_id);
  put(out, "architecture", d.architecture);
  put(out, "compute_capability", d.compute_capability);
  put(out, "sm_count", d.sm_count);
  put(out, "cuda_cores", d.cuda_cores);
  put(out, "memory_total_bytes", d.memory_total_bytes);
  put(out, "memory_bus_width_bits", d.memory_bus_width_bits);
  put(out, "memory_clock_mhz", d.memory_clock_mhz);
  // Two decimals: the formula is exact in MB/s, and GB/s with 2 decimals keeps every digit.
  if (d.bandwidth_gbs) out["bandwidth_gbs"] = std::round(*d.bandwidth_gbs * 100.0) / 100.0;
  put(out, "max_sm_clock_mhz", d.max_sm_clock_mhz);
  put(out, "l2_bytes", d.l2_bytes);
  put(out, "power_limit_default_w", d.power_limit_default_w);
  put(out, "power_limit_max_w", d.power_limit_max_w);
  put(out, "pcie_max_gen", d.pcie_max_gen);
  put(out, "pcie_max_width", d.pcie_max_width);
  put(out, "display_mode", d.display_mode);
  put(out, "display_active", d.display_active);
  put(out, "mig_enabled", d.mig_enabled);
  put(out, "driver_version", d.driver_version);
  put(out, "cuda_driver_version", d.cuda_driver_version);
  out["source"] = source_json(s);
  // Label -> text as printed; labels are unique within one device of one capture.
  ordered_json readings = ordered_json::object();
  for (const Reading& r : d.readings) readings[r.label] = r.text;
  out["readings"] = readings;
  ordered_json derived = ordered_json::object();
  for (const Derivation& v : d.derived) derived[v.field] = {{"value", v.value}, {"formula", v.formula}};
  out["derived"] = derived;
  return out;
}

template <typename T>
void get(const nlohmann::json& in, const char* key, std::optional<T>& value) {
  if (in.contains(key) && !in.at(key).is_null()) value = in.at(key).get<T>();
}

}  // namespace

std::string to_json(const std::vector<ProbeResult>& results) {
  ordered_json out;
  out["version"] = 1;
  ordered_json devices = ordered_json::array();
  for (const ProbeResult& result : results)
    for (const DeviceRecord& d : result.devices) devices.push_back(device_json(d, result.source));
  out["devices"] = devices;
  return out.dump(2) + "\n";
}

std::string to_json(const ProbeResult& result) { return to_json(std::vector<ProbeResult>{result}); }

core::Result<ProbeResult> probe_result_from_json(const std::string& text, const std::string& path) {
  nlohmann::json in;
  try {
    in = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return core::Error{core::ErrorCode::parse, std::string("measured record is not JSON: ") + e.what(), {path}};
  }
  ProbeResult result;
  try {
    if (!in.is_object() || in.value("version", 0) != 1 || !in.contains("devices") || !in.at("devices").is_array())
      return core::Error{core::ErrorCode::schema, "measured record needs {\"version\": 1, \"devices\": [...]}", {path}};
    for (const auto& j : in.at("devices")) {
      DeviceRecord d;
      get(j, "name", d.name);
      get(j, "uuid", d.uuid);
      get(j, "pci_bus_id", d.pci_bus_id);
      get(j, "catalog_id", d.catalog_id);
      get(j, "architecture", d.architecture);
      get(j, "compute_capability", d.compute_capability);
      get(j, "sm_count", d.sm_count);
      get(j, "cuda_cores", d.cuda_cores);
      get(j, "memory_total_bytes", d.memory_total_bytes);
      get(j, "memory_bus_width_bits", d.memory_bus_width_bits);
      get(j, "memory_clock_mhz", d.memory_clock_mhz);
      get(j, "bandwidth_gbs", d.bandwidth_gbs);
      get(j, "max_sm_clock_mhz", d.max_sm_clock_mhz);
      get(j, "l2_bytes", d.l2_bytes);
      get(j, "power_limit_default_w", d.power_limit_default_w);
      get(j, "power_limit_max_w", d.power_limit_max_w);
      get(j, "pcie_max_gen", d.pcie_max_gen);
      get(j, "pcie_max_width", d.pcie_max_width);
      get(j, "display_mode", d.display_mode);
      get(j, "display_active", d.display_active);
      get(j, "mig_enabled", d.mig_enabled);
      get(j, "driver_version", d.driver_version);
      get(j, "cuda_driver_version", d.cuda_driver_version);
      if (j.contains("source")) {
        const auto& s = j.at("source");
        result.source.tool = s.value("tool", "");
        result.source.file = s.value("file", "");
        result.source.date = s.value("date", "");
        result.source.format_version = s.value("format", "");
      }
      if (j.contains("readings"))
        for (const auto& [label, text] : j.at("readings").items()) d.readings.push_back({label, text.get<std::string>()});
      if (j.contains("derived"))
        for (const auto& [field, v] : j.at("derived").items())
          d.derived.push_back({field, v.value("value", ""), v.value("formula", "")});
      result.devices.push_back(std::move(d));
    }
  } catch (const nlohmann::json::exception& e) {
    return core::Error{core::ErrorCode::schema, std::string("measured record has a value of the wrong type: ") + e.what(),
                       {path}};
  }
  return result;
}

}  // namespace probe
