// Tests the whole-catalog checks (catalog/*_check.cpp) against the broken fixtures, and the cores-per-SM table.
#include <catch2/catch.hpp>

#include "catalog/checks.h"
#include "fixture_catalog.h"

using catalog_test::problems;
using Lines = std::vector<std::string>;

TEST_CASE("identity: id vs file name, vendor vs folder, vendor prefix, duplicate ids") {
  CHECK(problems("broken/identity") == Lines{
      "amd/nvidia-t4.json:4:13: error: vendor \"nvidia\" does not match the folder \"amd/\"",
      "nvidia/nvidia-l4.json:2:9: error: id \"nvidia-l40\" does not match the file name \"nvidia-l4.json\"",
      "nvidia/nvidia-l4.json:2:9: error: id \"nvidia-l40\" must start with \"amd-\"",
      "nvidia/nvidia-l4.json:4:13: error: vendor \"amd\" does not match the folder \"nvidia/\"",
      "nvidia/nvidia-t4.json:2:9: error: duplicate id \"nvidia-t4\" (first at amd/nvidia-t4.json:2:9)",
  });
}

TEST_CASE("aliases: one GPU per spelling unless all are members of one declared family") {
  // "A100" is shared by the two members of nvidia-a100 and is therefore not reported.
  CHECK(problems("broken/aliases") == Lines{
      "nvidia/nvidia-a30.json:6:22: error: alias \"Ampere flagship\" names both nvidia-a100-pcie and nvidia-a30, which are "
      "not in one declared family",
      "nvidia/nvidia-a30.json:6:41: error: alias \"A30\" is listed twice",
      "nvidia/nvidia-a30.json:6:48: error: alias \"NVIDIA A100\" names nvidia-a30 and also family nvidia-a100, of which it "
      "is not a member",
  });
}

TEST_CASE("families: members and the records' family keys agree both ways") {
  CHECK(problems("broken/families") == Lines{
      "families/nvidia-h100.json:5:35: error: member \"nvidia-h100-sxm5\" is listed in family nvidia-h100, but its record "
      "says no family",
      "families/nvidia-h100.json:5:55: error: member \"nvidia-h100-pcie\" is listed twice",
      "families/nvidia-h100.json:5:75: error: member \"nvidia-h100-sxm6\" has no GPU record",
      "nvidia/nvidia-h100-nvl.json:6:13: error: nvidia-h100-nvl says family \"nvidia-h100\", but "
      "families/nvidia-h100.json does not list it in \"members\"",
      "nvidia/nvidia-h200-sxm.json:6:13: error: family \"nvidia-h200\" has no file families/nvidia-h200.json",
  });
}

TEST_CASE("derived: bandwidth formula and CUDA cores per SM; GA100 at 64 per SM passes") {
  CHECK(problems("broken/derived") == Lines{
      "nvidia/nvidia-geforce-rtx-3090.json:11:35: error: memory_bandwidth 836 GB/s disagrees with memory_bus_width 384 bit "
      "x memory_data_rate 19.5 Gbps / 8 = 936 GB/s (off by 10.7%, tolerance 2%)",
      "nvidia/nvidia-geforce-rtx-3090.json:15:29: error: cuda_cores 5248 is not sm_count 82 x 128 CUDA cores per SM "
      "(Ampere GA102) = 10496",
  });
}

TEST_CASE("cores per SM follow the documented table") {
  using catalog::nvidia_cores_per_sm;
  CHECK(nvidia_cores_per_sm("Volta", "GV100") == 64);
  CHECK(nvidia_cores_per_sm("Turing", "TU104") == 64);
  CHECK(nvidia_cores_per_sm("Ampere", "GA100") == 64);
  CHECK(nvidia_cores_per_sm("Ampere", "GA102") == 128);
  CHECK(nvidia_cores_per_sm("Ampere", "") == 128);
  CHECK(nvidia_cores_per_sm("Ada Lovelace", "AD104") == 128);
  CHECK(nvidia_cores_per_sm("Hopper", "GH100") == 128);
  CHECK(nvidia_cores_per_sm("Blackwell", "GB202") == 128);
  CHECK(nvidia_cores_per_sm("Pascal", "GP100") == 64);
  CHECK(nvidia_cores_per_sm("Pascal", "GP104") == 128);
  CHECK_FALSE(nvidia_cores_per_sm("Maxwell", "GM204"));
  CHECK_FALSE(nvidia_cores_per_sm("RDNA 3", "Navi 31"));
  CHECK(catalog::cores_per_unit("amd", "RDNA 3", "Navi 31") == 64);
  CHECK(catalog::cores_per_unit("amd", "CDNA 3", "Aqua Vanjaram") == 64);
  CHECK(catalog::cores_per_unit("intel", "Xe2", "BMG-G21") == 128);
  CHECK(catalog::cores_per_unit("nvidia", "Ampere", "GA100") == 64);
}

TEST_CASE("bandwidth within 2 percent of the formula is accepted") {
  catalog::Catalog cat;
  catalog::Gpu gpu;
  gpu.id = "nvidia-h100-sxm5";
  gpu.vendor = "nvidia";
  auto put = [&](const char* name, double v) {
    catalog::FieldValue fv;
    fv.field = name;
    fv.value = v;
    gpu.fields[name] = fv;
  };
  put("memory_bus_width", 5120);
  put("memory_data_rate", 5.23);   // 3347.2 GB/s by formula
  put("memory_bandwidth", 3350);
  cat.add(gpu);
  cat.index();
  core::Errors errors;
  catalog::check_derived_bandwidth(cat, errors);
  CHECK(errors.empty());
  cat = {};
  put("memory_bandwidth", 3430);  // 2.5% over
  cat.add(gpu);
  catalog::check_derived_bandwidth(cat, errors);
  CHECK(errors.size() == 1);
}
