// Product name as a device reports it -> catalog GPU id, by explicit table; tested in tests/probe/product_map_test.cpp.
#pragma once
#include <optional>
#include <string>

#include "probe/device_record.h"

namespace probe {

struct ProductMatch {
  std::optional<std::string> catalog_id;
  std::string reason;  // why it is unmapped ("" when mapped)
};

// Exact product names only ("NVIDIA H100 80GB HBM3" -> nvidia-h100-sxm5). A name the table
// does not hold is reported, never matched by similarity: "NVIDIA H100" could be any of
// three boards. Names shared by memory variants ("NVIDIA GeForce RTX 4060 Ti") are told
// apart by the measured memory size, and stay unmapped when that is unknown.
ProductMatch match_product(const DeviceRecord& device);

}  // namespace probe
