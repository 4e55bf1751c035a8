// `factcheck probe`: live query or --from captures, text or JSON, optional atomic --out; tested by tests/probe/probe_command_test.cpp.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cmd/commands.h"
#include "core/quantity.h"
#include "probe/atomic_file.h"
#include "probe/capture_reader.h"
#include "probe/live_query.h"
#include "probe/record_json.h"

namespace cmd {
namespace {

struct ProbeOptions {
  std::string format = "text";
  std::string out;
  std::string out_dir;
  std::vector<std::string> from;
  probe::DriverLibraries libraries;
};

template <typename T>
void line(std::string& out, const char* label, const std::optional<T>& value, const char* unit = "") {
  if (!value) return;
  std::string text;
  if constexpr (std::is_same_v<T, std::string>) text = *value;
  else if constexpr (std::is_same_v<T, bool>) text = *value ? "yes" : "no";
  else text = core::format_number(static_cast<double>(*value), 2);
  out += std::string("    ") + label + ": " + text + unit + "\n";
}

std::string to_text(const std::vector<probe::ProbeResult>& results) {
  std::string out;
  for (const auto& r : results) {
    out += r.source.file + " (" + r.source.tool + (r.source.date.empty() ? "" : ", " + r.source.date) + ")\n";
    for (size_t i = 0; i < r.devices.size(); ++i) {
      const auto& d = r.devices[i];
      out += "  GPU " + std::to_string(i) + ": " + d.name.value_or("(no name)") + " -> " +
             d.catalog_id.value_or("(not in the catalog map)") + "\n";
      line(out, "architecture", d.architecture);
      line(out, "compute capability", d.compute_capability);
      line(out, "SMs", d.sm_count);
      line(out, "CUDA cores", d.cuda_cores);
      if (d.memory_total_bytes)
        out += "    memory: " + std::to_string(*d.memory_total_bytes) + " bytes (" +
               core::format_number(static_cast<double>(*d.memory_total_bytes) / (1024.0 * 1024.0 * 1024.0), 2) + " GiB)\n";
      line(out, "memory bus", d.memory_bus_width_bits, "-bit");
      line(out, "max memory clock", d.memory_clock_mhz, " MHz");
      line(out, "bandwidth", d.bandwidth_gbs, " GB/s");
      line(out, "max SM clock", d.max_sm_clock_mhz, " MHz");
      if (d.l2_bytes)
        out += "    L2: " + std::to_string(*d.l2_bytes) + " bytes (" +
               core::format_number(static_cast<double>(*d.l2_bytes) / (1024.0 * 1024.0), 2) + " MiB)\n";
      line(out, "default power limit", d.power_limit_default_w, " W");
      line(out, "max power limit", d.power_limit_max_w, " W");
      line(out, "PCIe max generation", d.pcie_max_gen);
      line(out, "PCIe max width", d.pcie_max_width, "x");
      line(out, "display active", d.display_active);
      line(out, "driver", d.driver_version);
      line(out, "CUDA driver", d.cuda_driver_version);
    }
  }
  return out;
}

void print_warnings(const probe::ProbeResult& r) {
  for (const auto& w : r.warnings) {
    std::string where = w.position.file.empty() ? r.source.file : w.position.file;
    std::fprintf(stderr, "%s: warning: %s\n", where.c_str(), w.message.c_str());
  }
}

// Writes `content` to `path` atomically, or to stdout when `path` is empty.
bool emit(const std::string& path, const std::string& content) {
  if (path.empty()) {
    std::fputs(content.c_str(), stdout);
    return true;
  }
  if (auto error = probe::write_file_atomically(path, content)) {
    std::fprintf(stderr, "%s\n", error->format().c_str());
    return false;
  }
  return true;
}

int run_probe(const ProbeOptions& o) {
  std::vector<probe::ProbeResult> results;
  int exit_code = 0;
  if (o.from.empty()) {
    auto live = probe::query_live(o.libraries);
    if (!live) {
      std::fprintf(stderr, "%s\n", live.error().message.c_str());
      return live.error().code == core::ErrorCode::unavailable ? 3 : 2;
    }
    print_warnings(*live);
    results.push_back(std::move(*live));
  }
  for (const std::string& path : o.from) {
    auto read = probe::read_capture(path);
    if (!read) {
      std::fprintf(stderr, "%s\n", read.error().format().c_str());
      exit_code = 2;  // a bad capture fails the run; the others are still read
      continue;
    }
    print_warnings(*read);
    results.push_back(std::move(*read));
  }
  if (!o.out_dir.empty()) {
    // One measured record per capture, named after it: l4-devicequery.txt -> l4-devicequery.json.
    for (const auto& r : results) {
      std::string name = std::filesystem::path(r.source.file).stem().string() + ".json";
      if (!emit((std::filesystem::path(o.out_dir) / name).string(), probe::to_json(r))) exit_code = 2;
    }
    return exit_code;
  }
  if (results.empty()) return exit_code;
  std::string content = o.format == "json" ? probe::to_json(results) : to_text(results);
  if (!emit(o.out, content)) return 2;
  return exit_code;
}

}  // namespace

void add_probe_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ProbeOptions>();
  auto* sub = app.add_subcommand("probe", "Measure this machine's NVIDIA GPUs, or read device-query captures (--from)");
  sub->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("--out", options->out, "Write the output to FILE (atomically) instead of stdout");
  sub->add_option("--out-dir", options->out_dir,
                  "Write one JSON record per capture into DIR, named after the capture (datasets/measured)");
  sub->add_option("--from", options->from, "Read nvidia-smi -q -x XML, nvidia-smi -q text or deviceQuery captures")
      ->expected(1, -1);
  sub->add_option("--nvml-library", options->libraries.nvml, "NVML library to dlopen")->capture_default_str();
  sub->add_option("--cuda-library", options->libraries.cuda, "CUDA driver library to dlopen")->capture_default_str();
  sub->callback([options, &exit_code] { exit_code = run_probe(*options); });
}

}  // namespace cmd
