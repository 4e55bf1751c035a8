// The product-name table behind match_product; tested in tests/probe/product_map_test.cpp.
#include "probe/product_map.h"

#include <array>
#include <string_view>

namespace probe {
namespace {

struct Row {
  std::string_view product_name;  // exactly as NVML / deviceQuery print it
  double min_memory_gib;          // inclusive; 0 when the name alone decides
  double max_memory_gib;          // exclusive; 0 when the name alone decides
  std::string_view catalog_id;
};

// Memory bounds sit between the variants' sizes with room for reserved memory
// (an RTX 4060 Ti 16 GB reports 16076-16380 MiB; the 8 GB card about 8 GiB).
constexpr std::array kRows{
    Row{"NVIDIA H100 80GB HBM3", 0, 0, "nvidia-h100-sxm5"},
    Row{"NVIDIA H100 NVL", 0, 0, "nvidia-h100-nvl"},
    Row{"NVIDIA H100 PCIe", 0, 0, "nvidia-h100-pcie"},
    Row{"NVIDIA A100-SXM4-80GB", 0, 0, "nvidia-a100-sxm4-80gb"},
    Row{"Tesla V100-SXM2-16GB", 0, 0, "nvidia-v100-sxm2-16gb"},
    Row{"NVIDIA L4", 0, 0, "nvidia-l4"},
    Row{"NVIDIA L40S", 0, 0, "nvidia-l40s"},
    Row{"NVIDIA GeForce RTX 4090", 0, 0, "nvidia-geforce-rtx-4090"},
    Row{"NVIDIA GeForce RTX 3090", 0, 0, "nvidia-geforce-rtx-3090"},
    Row{"NVIDIA GeForce RTX 3060", 10, 14, "nvidia-geforce-rtx-3060-12gb"},
    Row{"NVIDIA GeForce RTX 4060 Ti", 14, 18, "nvidia-geforce-rtx-4060-ti-16gb"},
    Row{"NVIDIA RTX 4000 Ada Generation", 0, 0, "nvidia-rtx-4000-ada"},
    Row{"NVIDIA RTX 6000 Ada Generation", 0, 0, "nvidia-rtx-6000-ada"},
    Row{"NVIDIA RTX A5000", 0, 0, "nvidia-rtx-a5000"},
};

}  // namespace

ProductMatch match_product(const DeviceRecord& device) {
  if (!device.name) return {std::nullopt, "the capture names no product"};
  bool name_known = false;
  for (const Row& row : kRows) {
    if (row.product_name != *device.name) continue;
    name_known = true;
    if (row.max_memory_gib == 0) return {std::string(row.catalog_id), ""};
    if (!device.memory_total_bytes) continue;
    double gib = static_cast<double>(*device.memory_total_bytes) / (1024.0 * 1024.0 * 1024.0);
    if (gib >= row.min_memory_gib && gib < row.max_memory_gib) return {std::string(row.catalog_id), ""};
  }
  if (name_known) {
    return {std::nullopt, "product name \"" + *device.name +
                              "\" has memory variants and the measured memory size matches none in probe/product_map.cpp"};
  }
  return {std::nullopt, "product name \"" + *device.name + "\" is not in probe/product_map.cpp"};
}

}  // namespace probe
