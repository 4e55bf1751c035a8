// Confidence, scope and nearby GPUs that annotate_claims gives claims read from short documents.
#include "tests/extract/extract_fixture.h"

#include "extract/claim_annotation.h"

using extract_test::extract_text;

TEST_CASE("explicit owners are confident, fallbacks are not") {
  CHECK(extract::base_confidence(extract::Attribution::possessive) > extract::base_confidence(extract::Attribution::same_clause));
  CHECK(extract::base_confidence(extract::Attribution::same_clause) > extract::base_confidence(extract::Attribution::page_subject));
  CHECK(extract::base_confidence(extract::Attribution::page_subject) > extract::base_confidence(extract::Attribution::previous_sentence));
  CHECK(extract::base_confidence(extract::Attribution::none) == 0.0);
}

TEST_CASE("a figure after a comparison word loses confidence") {
  auto x = extract_text("The RTX 4090 offers 24 GB compared to 12 GB on other cards.\n");
  CHECK(x.one("memory_size", "24 GB").confidence >= 0.9);
  const auto& second = x.one("memory_size", "12 GB");
  CHECK(second.confidence < 0.5);
  CHECK(second.confidence_reason.find("comparison") != std::string::npos);
}

TEST_CASE("another subject between the GPU and the figure loses confidence") {
  auto x = extract_text("Compared to an RTX 4070 at 200 W, this card only demands 130 W.\n");
  CHECK(x.one("tdp", "130 W").confidence < 0.5);
}

TEST_CASE("scope words mark per-unit, system, difference and per-watt figures") {
  auto x = extract_text(
      "The L4 has 58 SMs. Each SM holds 128 CUDA cores.\n\n"
      "An 8-GPU system of H100 PCIe cards holds 640 GB of memory.\n\n"
      "The RTX 4090 draws 50 W more than the RTX 4070.\n\n"
      "The L4 reaches 1.7 TFLOPS FP32 per watt.\n");
  CHECK(x.one("cuda_cores", "128").scope == "per_unit");
  CHECK(x.one("memory_size", "640 GB").scope == "system");
  for (const auto* c : x.with_field("tdp")) {
    if (c->kind == extract::ClaimKind::value) CHECK(c->scope == "difference");
  }
  // The amount also becomes a comparison by that amount (extract/difference_claims.cpp).
  bool comparison = false;
  for (const auto* c : x.with_field("tdp")) comparison = comparison || (c->kind == extract::ClaimKind::comparison && c->difference);
  CHECK(comparison);
  CHECK(x.one("fp32_tflops", "1.7 TFLOPS").scope == "ratio_unit");
}

TEST_CASE("a plain spec figure has no scope and names the GPUs of its sentence") {
  auto x = extract_text("The L4 has 24 GB of memory while the RTX 4070 has 12 GB.\n");
  const auto& c = x.one("memory_size", "24 GB");
  CHECK(c.scope.empty());
  CHECK(std::find(c.sentence_gpus.begin(), c.sentence_gpus.end(), "nvidia-geforce-rtx-4070") != c.sentence_gpus.end());
}

TEST_CASE("table cells name every GPU of their table as nearby") {
  auto x = extract_text("| Spec | L4 | RTX 4070 |\n|---|---|---|\n| Memory (GB) | 24 | 12 |\n");
  const auto& c = x.one("memory_size", "24");
  CHECK(c.quantity->unit == core::Unit::GB);
  CHECK(std::find(c.nearby_gpus.begin(), c.nearby_gpus.end(), "nvidia-geforce-rtx-4070") != c.nearby_gpus.end());
}
