// Tests the schema readers (catalog/*_reader.cpp) against the broken fixtures in tests/fixtures/catalog/broken/.
#include <catch2/catch.hpp>

#include "fixture_catalog.h"

using catalog_test::problems;
using Lines = std::vector<std::string>;

TEST_CASE("malformed JSON is reported at the exact byte, and the other files still load") {
  CHECK(problems("broken/malformed") == Lines{
      "nvidia/nvidia-l4.json:6:32: error: trailing comma before ']'",
      "nvidia/nvidia-t4.json:4:3: error: unexpected '\"', expected ',' or '}' after an object member",
  });
}

TEST_CASE("record keys: unknown, repeated, missing, wrong type, outside the vocabulary") {
  CHECK(problems("broken/record") == Lines{
      "nvidia/nvidia-l4.json:1:1: error: missing required key \"sources\" in GPU record",
      "nvidia/nvidia-l4.json:4:13: error: unknown vendor \"nvidea\" (expected nvidia, amd or intel)",
      "nvidia/nvidia-l4.json:4:13: error: vendor \"nvidea\" does not match the folder \"nvidia/\"",
      "nvidia/nvidia-l4.json:5:14: error: unknown segment \"server\" (expected datacenter, consumer, workstation, laptop, apu or embedded)",
      "nvidia/nvidia-l4.json:6:14: error: \"aliases\" of GPU record must be an array of strings, got string",
      "nvidia/nvidia-l4.json:7:3: error: unknown key \"colour\" in GPU record",
      "nvidia/nvidia-l4.json:8:3: error: duplicate key \"name\" in GPU record (first at line 3)",
      "nvidia/nvidia-l4.json:9:13: error: \"fields\" must be an object, got array",
  });
}

TEST_CASE("fields: unknown names, units and value types") {
  CHECK(problems("broken/fields") == Lines{
      "nvidia/nvidia-l4.json:11:5: error: unknown field \"vram\"",
      "nvidia/nvidia-l4.json:12:5: error: unknown field \"memory_sise\" (did you mean \"memory_size\"?)",
      "nvidia/nvidia-l4.json:13:42: error: memory_size must be stated in GB, not \"GiB\"",
      "nvidia/nvidia-l4.json:14:48: error: unknown unit \"GB/sec/pin\" for memory_bandwidth (the catalog states it in GB/s)",
      "nvidia/nvidia-l4.json:15:22: error: value of tdp must be a number, got string",
      "nvidia/nvidia-l4.json:16:30: error: value of memory_type must be a string, got number",
      "nvidia/nvidia-l4.json:17:43: error: cuda_cores is a count or text and takes no unit, got \"cores\"",
      "nvidia/nvidia-l4.json:18:20: error: boost_clock needs \"unit\": \"MHz\"",
      "nvidia/nvidia-l4.json:19:41: error: \"sparse\" of sm_count must be a number, got string",
      "nvidia/nvidia-l4.json:19:63: error: unknown key \"comment\" in field sm_count",
  });
}

TEST_CASE("sources: required keys per kind, unknown kinds, missing and dangling citations") {
  CHECK(problems("broken/sources") == Lines{
      "nvidia/nvidia-l4.json:8:11: error: source \"ds\" (vendor) is missing required key \"url\"",
      "nvidia/nvidia-l4.json:9:11: error: source \"dq\" (measured) is missing required key \"tool\"",
      "nvidia/nvidia-l4.json:10:44: error: source \"calc\" (derived) has an empty \"formula\"",
      "nvidia/nvidia-l4.json:11:12: error: source \"tpu\" (third_party) needs \"url\" or \"record\"",
      "nvidia/nvidia-l4.json:12:22: error: source \"blog\" has unknown kind \"blog\" (expected measured, vendor, derived or third_party)",
      "nvidia/nvidia-l4.json:15:20: error: field memory_size names no source",
      "nvidia/nvidia-l4.json:16:49: error: field tdp cites source \"nv-datasheet\", which is not in \"sources\"",
  });
}
