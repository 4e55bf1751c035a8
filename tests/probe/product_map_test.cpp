// Tests for probe/product_map.h: exact product names to catalog ids, unmapped names reported.
#include <catch2/catch.hpp>

#include "probe/product_map.h"

using namespace probe;

namespace {
std::optional<std::string> id_of(const std::string& name, std::optional<int64_t> memory_mib = std::nullopt) {
  DeviceRecord d;
  d.name = name;
  if (memory_mib) d.memory_total_bytes = *memory_mib * 1024 * 1024;
  return match_product(d).catalog_id;
}
}  // namespace

TEST_CASE("the issue's product names map to catalog ids") {
  CHECK(id_of("NVIDIA H100 80GB HBM3") == "nvidia-h100-sxm5");
  CHECK(id_of("NVIDIA H100 NVL") == "nvidia-h100-nvl");
  CHECK(id_of("NVIDIA A100-SXM4-80GB") == "nvidia-a100-sxm4-80gb");
  CHECK(id_of("Tesla V100-SXM2-16GB") == "nvidia-v100-sxm2-16gb");
  CHECK(id_of("NVIDIA L4") == "nvidia-l4");
  CHECK(id_of("NVIDIA L40S") == "nvidia-l40s");
  CHECK(id_of("NVIDIA GeForce RTX 4090") == "nvidia-geforce-rtx-4090");
  CHECK(id_of("NVIDIA GeForce RTX 3090") == "nvidia-geforce-rtx-3090");
  CHECK(id_of("NVIDIA RTX 4000 Ada Generation") == "nvidia-rtx-4000-ada");
  CHECK(id_of("NVIDIA RTX 6000 Ada Generation") == "nvidia-rtx-6000-ada");
  CHECK(id_of("NVIDIA RTX A5000") == "nvidia-rtx-a5000");
}

TEST_CASE("names shared by memory variants need the measured size") {
  CHECK(id_of("NVIDIA GeForce RTX 4060 Ti", 16380) == "nvidia-geforce-rtx-4060-ti-16gb");
  CHECK(id_of("NVIDIA GeForce RTX 4060 Ti", 16076) == "nvidia-geforce-rtx-4060-ti-16gb");
  CHECK(id_of("NVIDIA GeForce RTX 3060", 12288) == "nvidia-geforce-rtx-3060-12gb");
  CHECK_FALSE(id_of("NVIDIA GeForce RTX 4060 Ti", 8188));  // the 8 GB card is not in the table
  CHECK_FALSE(id_of("NVIDIA GeForce RTX 4060 Ti"));        // size unknown: not guessed
}

TEST_CASE("unknown names are reported, not matched by similarity") {
  DeviceRecord d;
  d.name = "NVIDIA H100";
  ProductMatch m = match_product(d);
  CHECK_FALSE(m.catalog_id);
  CHECK(m.reason.find("\"NVIDIA H100\" is not in probe/product_map.cpp") != std::string::npos);
  CHECK_FALSE(id_of("Tesla V100S-PCIE-32GB"));
  CHECK_FALSE(id_of("nvidia l4"));  // exact spelling only
}
