// `nvidia-smi -q` text -> DeviceRecords; tested in tests/probe/smi_text_parser_test.cpp.
#include "probe/smi_text_parser.h"

#include <map>
#include <string>
#include <vector>

#include "probe/reading_text.h"

namespace probe {
namespace {

core::Error error_at(const core::Source& source, int line, std::string message) {
  return core::Error{core::ErrorCode::parse, std::move(message), core::Position{source.name(), line, 1, 0}};
}

// One GPU block flattened to "Section/Sub/Key" -> value, with the line each key sits on.
struct Block {
  int line = 0;
  std::string bus_id;
  std::map<std::string, std::string> values;
  bool closed = false;  // reached "Processes"
};

const std::string* find(const Block& b, const std::string& path) {
  auto it = b.values.find(path);
  return it == b.values.end() ? nullptr : &it->second;
}

}  // namespace

core::Result<ProbeResult> parse_smi_text(const core::Source& source) {
  ProbeResult result;
  result.source = {"nvidia-smi -q", source.name(), "", ""};
  std::map<std::string, std::string> top;
  std::vector<Block> blocks;
  std::vector<std::string> sections;  // section names by indent level (level 1 = 4 spaces)
  const int lines = static_cast<int>(source.line_count());
  for (int n = 1; n <= lines; ++n) {
    std::string_view line = source.line_text(n);
    if (trim(line).empty()) continue;
    size_t indent = line.find_first_not_of(' ');
    if (indent == 0 && line.substr(0, 4) == "GPU " && line.find(" : ") == std::string_view::npos) {
      blocks.push_back(Block{n, std::string(trim(line.substr(4))), {}, false});
      sections.clear();
      continue;
    }
    size_t colon = line.find(" : ");
    size_t value_at = colon == std::string_view::npos ? std::string_view::npos : colon + 3;
    if (colon == std::string_view::npos && trim(line).size() > 2 && line.substr(line.size() - 2) == " :") {
      colon = line.size() - 2;  // a key with an empty value
      value_at = line.size();
    }
    if (indent == 0 || blocks.empty()) {
      if (colon != std::string_view::npos)
        top[std::string(trim(line.substr(0, colon)))] = std::string(trim(line.substr(value_at)));
      continue;
    }
    size_t level = indent / 4;
    if (level == 0) level = 1;
    sections.resize(level - 1 < sections.size() ? level - 1 : sections.size());
    std::string prefix;
    for (const std::string& s : sections) prefix += s + "/";
    if (colon == std::string_view::npos) {
      std::string name(trim(line));
      if (level == 1 && name == "Processes") blocks.back().closed = true;
      sections.push_back(name);
      continue;
    }
    std::string key(trim(line.substr(0, colon)));
    if (level == 1 && key == "Processes") blocks.back().closed = true;
    blocks.back().values[prefix + key] = std::string(trim(line.substr(value_at)));
  }

  if (source.bytes().find("NVSMI LOG") == std::string::npos)
    return error_at(source, 0, "not nvidia-smi -q output: no \"NVSMI LOG\" header");
  auto attached_it = top.find("Attached GPUs");
  if (attached_it == top.end()) return error_at(source, 0, "truncated nvidia-smi -q output: no \"Attached GPUs\" line");
  auto attached = read_integer(attached_it->second);
  if (!attached) return error_at(source, 0, "unreadable \"Attached GPUs\" value \"" + attached_it->second + "\"");
  if (static_cast<int64_t>(blocks.size()) != *attached)
    return error_at(source, lines, "nvidia-smi reports " + std::to_string(*attached) + " attached GPU(s) but the capture holds " +
                                       std::to_string(blocks.size()) + " GPU block(s); the file is truncated or edited");
  for (const Block& b : blocks) {
    if (!b.closed)
      return error_at(source, b.line, "truncated nvidia-smi -q output: GPU " + b.bus_id +
                                          " ends before its closing \"Processes\" entry");
  }
  if (auto it = top.find("Timestamp"); it != top.end()) result.source.date = read_smi_date(it->second);

  for (const Block& b : blocks) {
    DeviceRecord d;
    auto keep = [&d, &b](const std::string& path) -> const std::string* {
      const std::string* v = find(b, path);
      if (v) d.readings.push_back({path, *v});
      return v;
    };
    if (auto it = top.find("Driver Version"); it != top.end()) {
      d.driver_version = it->second;
      d.readings.push_back({"Driver Version", it->second});
    }
    if (auto it = top.find("CUDA Version"); it != top.end() && it->second != "N/A") {
      d.cuda_driver_version = it->second;
      d.readings.push_back({"CUDA Version", it->second});
    }
    if (auto v = keep("Product Name")) d.name = *v;
    if (auto v = keep("Product Architecture"); v && *v != "N/A") d.architecture = *v;
    if (auto v = keep("Display Mode")) d.display_mode = read_enabled(*v);
    if (auto v = keep("Display Active")) d.display_active = read_enabled(*v);
    if (auto v = keep("GPU UUID")) d.uuid = *v;
    if (auto v = keep("PCI/Bus Id")) d.pci_bus_id = *v;
    if (auto v = keep("MIG Mode/Current")) d.mig_enabled = read_enabled(*v);
    // "Device Max" is what the GPU supports; "Max" is also capped by the host slot. Newer
    // drivers print both; the catalog's interface field is about the GPU.
    if (auto v = keep("PCI/GPU Link Info/PCIe Generation/Device Max")) d.pcie_max_gen = read_integer(*v);
    if (!d.pcie_max_gen) {
      if (auto v = keep("PCI/GPU Link Info/PCIe Generation/Max")) d.pcie_max_gen = read_integer(*v);
    }
    if (auto v = keep("PCI/GPU Link Info/Link Width/Max")) d.pcie_max_width = read_link_width(*v);
    if (auto v = keep("FB Memory Usage/Total")) d.memory_total_bytes = read_mib_as_bytes(*v);
    // Drivers before R525 print the block as "Power Readings"; later ones as "GPU Power Readings".
    for (const char* block : {"GPU Power Readings", "Power Readings"}) {
      if (!d.power_limit_default_w)
        if (auto v = keep(std::string(block) + "/Default Power Limit")) d.power_limit_default_w = read_watts(*v);
      if (!d.power_limit_max_w)
        if (auto v = keep(std::string(block) + "/Max Power Limit")) d.power_limit_max_w = read_watts(*v);
    }
    if (auto v = keep("Max Clocks/SM")) d.max_sm_clock_mhz = read_mhz(*v);
    if (auto v = keep("Max Clocks/Memory")) d.memory_clock_mhz = read_mhz(*v);
    if (!d.name) return error_at(source, b.line, "GPU " + b.bus_id + " has no \"Product Name\"");
    result.devices.push_back(std::move(d));
  }
  return result;
}

}  // namespace probe
