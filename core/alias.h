// Alias table: GPU names as data, handed from the catalog to the extractor; tested in tests/core/field_test.cpp.
#pragma once
#include <string>
#include <vector>

namespace core {

// One spelling writers use for a GPU ("RTX 4070", "GeForce RTX 4070", "L4"). When the
// spelling names a family ("H100" -> PCIe, SXM5, NVL), gpu_ids lists every member and
// `family` names it; the extractor keeps all candidates rather than picking one.
struct AliasEntry {
  std::string text;
  std::vector<std::string> gpu_ids;
  std::string family;
};

using AliasTable = std::vector<AliasEntry>;

}  // namespace core
