// deviceQuery text -> DeviceRecords; tested in tests/probe/devicequery_parser_test.cpp.
#include "probe/devicequery_parser.h"

#include <cstdio>
#include <string>

#include "probe/derive.h"
#include "probe/reading_text.h"

namespace probe {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// "  Label:     value" -> value, when the trimmed line starts with `label`.
bool value_after(std::string_view line, std::string_view label, std::string_view& value) {
  std::string_view t = trim(line);
  if (!starts_with(t, label)) return false;
  value = trim(t.substr(label.size()));
  return true;
}

core::Error error_at(const core::Source& source, int line, std::string message) {
  core::Position p{source.name(), line, 1, 0};
  return core::Error{core::ErrorCode::parse, std::move(message), p};
}

}  // namespace

core::Result<ProbeResult> parse_devicequery(const core::Source& source) {
  ProbeResult result;
  result.source = {"deviceQuery", source.name(), "", ""};
  int detected = -1;
  int summary_devices = -1;
  std::string cuda_driver_version;
  std::vector<int> block_lines;
  const int lines = static_cast<int>(source.line_count());
  for (int n = 1; n <= lines; ++n) {
    std::string_view line = source.line_text(n);
    std::string_view value;
    int count = 0;
    if (std::sscanf(std::string(line).c_str(), "Detected %d CUDA Capable device", &count) == 1) {
      detected = count;
      continue;
    }
    if (starts_with(line, "deviceQuery, CUDA Driver = ")) {
      size_t at = line.find("NumDevs = ");
      if (at == std::string_view::npos) return error_at(source, n, "deviceQuery summary line lacks \"NumDevs = \"");
      std::string_view rest = line.substr(at + 10);
      auto devices = read_integer(rest.substr(0, rest.find(',')));
      if (!devices) return error_at(source, n, "deviceQuery summary line has an unreadable NumDevs");
      summary_devices = static_cast<int>(*devices);
      continue;
    }
    if (starts_with(line, "Device ") && line.find(": \"") != std::string_view::npos) {
      size_t open = line.find('"');
      size_t close = line.rfind('"');
      if (close <= open) return error_at(source, n, "device line without a closing quote");
      DeviceRecord device;
      device.name = std::string(line.substr(open + 1, close - open - 1));
      device.readings.push_back({"Device", *device.name});
      result.devices.push_back(std::move(device));
      block_lines.push_back(n);
      continue;
    }
    if (result.devices.empty() || line.empty() || line[0] != ' ') continue;
    DeviceRecord& d = result.devices.back();
    auto keep = [&d](std::string_view label, std::string_view text) {
      d.readings.push_back({std::string(label), std::string(text)});
    };
    if (value_after(line, "CUDA Driver Version / Runtime Version", value)) {
      keep("CUDA Driver Version / Runtime Version", value);
      d.cuda_driver_version = std::string(trim(value.substr(0, value.find('/'))));
    } else if (value_after(line, "CUDA Capability Major/Minor version number:", value)) {
      keep("CUDA Capability Major/Minor version number", value);
      int major = 0, minor = 0;
      if (std::sscanf(std::string(value).c_str(), "%d.%d", &major, &minor) != 2)
        return error_at(source, n, "unreadable compute capability \"" + std::string(value) + "\"");
      d.compute_capability = std::to_string(major) + "." + std::to_string(minor);
    } else if (value_after(line, "Total amount of global memory:", value)) {
      keep("Total amount of global memory", value);
      size_t open = value.find('(');
      size_t bytes_at = value.find(" bytes)");
      if (open == std::string_view::npos || bytes_at == std::string_view::npos || bytes_at < open)
        return error_at(source, n, "unreadable global memory size \"" + std::string(value) + "\"");
      d.memory_total_bytes = read_integer(value.substr(open + 1, bytes_at - open - 1));
    } else if (trim(line).find("Multiprocessors, (") != std::string_view::npos) {
      int sms = 0, per_sm = 0, cores = 0;
      std::string t(trim(line));
      if (std::sscanf(t.c_str(), "(%d) Multiprocessors, (%d) CUDA Cores/MP: %d CUDA Cores", &sms, &per_sm, &cores) != 3)
        return error_at(source, n, "unreadable multiprocessor line \"" + t + "\"");
      keep("Multiprocessors, CUDA Cores/MP", t);
      d.sm_count = sms;
      keep(kPrintedCudaCoresLabel, std::to_string(cores));
    } else if (value_after(line, "GPU Max Clock rate:", value)) {
      keep("GPU Max Clock rate", value);
      d.max_sm_clock_mhz = read_mhz(value.substr(0, value.find(" (")));
    } else if (value_after(line, "Memory Clock rate:", value)) {
      keep("Memory Clock rate", value);
      d.memory_clock_mhz = read_mhz(value);
    } else if (value_after(line, "Memory Bus Width:", value)) {
      keep("Memory Bus Width", value);
      if (value.size() > 4 && value.substr(value.size() - 4) == "-bit")
        d.memory_bus_width_bits = read_integer(value.substr(0, value.size() - 4));
    } else if (value_after(line, "L2 Cache Size:", value)) {
      keep("L2 Cache Size", value);
      if (value.size() > 6 && value.substr(value.size() - 6) == " bytes")
        d.l2_bytes = read_integer(value.substr(0, value.size() - 6));
    } else if (value_after(line, "Device PCI Domain ID / Bus ID / location ID:", value)) {
      keep("Device PCI Domain ID / Bus ID / location ID", value);
      unsigned domain = 0, bus = 0, location = 0;
      if (std::sscanf(std::string(value).c_str(), "%u / %u / %u", &domain, &bus, &location) == 3) {
        // The NVML spelling, so records from both tools compare (deviceQuery prints decimal).
        char id[32];
        std::snprintf(id, sizeof id, "%08X:%02X:%02X.0", domain, bus, location);
        d.pci_bus_id = id;
      }
    }
  }
  if (detected < 0) {
    if (source.bytes().find("no CUDA-capable device") != std::string::npos ||
        source.bytes().find("There are no available device") != std::string::npos)
      return error_at(source, 0, "deviceQuery found no CUDA device; nothing was measured");
    return error_at(source, 0, "not a complete deviceQuery run: no \"Detected N CUDA Capable device(s)\" line");
  }
  if (summary_devices < 0)
    return error_at(source, lines, "truncated deviceQuery output: the closing \"deviceQuery, CUDA Driver = ..., NumDevs = N\" line is missing");
  if (summary_devices != detected || static_cast<int>(result.devices.size()) != detected)
    return error_at(source, lines, "deviceQuery reports " + std::to_string(detected) + " device(s) but the capture holds " +
                                       std::to_string(result.devices.size()) + " device block(s)");
  for (size_t i = 0; i < result.devices.size(); ++i) {
    const DeviceRecord& d = result.devices[i];
    if (!d.compute_capability || !d.sm_count || !d.memory_total_bytes)
      return error_at(source, block_lines[i], "device block \"" + d.name.value_or("") +
                                                  "\" lacks its compute capability, multiprocessor or memory line");
  }
  return result;
}

}  // namespace probe
