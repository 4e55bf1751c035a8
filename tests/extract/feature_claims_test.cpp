// Tests extract/feature_claims.cpp: which sentences say a GPU has or lacks a feature, and which say nothing of one GPU.
#include "tests/extract/extract_fixture.h"

#include <re2/re2.h>

#include "core/feature.h"

using extract_test::extract_text;

namespace {

// The feature claims of a one-paragraph document, as "gpu field yes|no \"text\"".
std::vector<std::string> features_of(const std::string& text) {
  auto x = extract_text(text + "\n");
  std::vector<std::string> out;
  for (const auto& c : x.claims()) {
    if (!c.supports) continue;
    out.push_back(c.gpu.id + " " + c.field + " " + (*c.supports ? "yes" : "no") + " \"" + c.text + "\"");
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("every feature's words compile") {
  for (const auto& f : core::features()) {
    RE2 re("(?i)(" + std::string(f.words) + ")");
    INFO(f.name);
    CHECK(re.ok());
  }
}

TEST_CASE("a verb of lacking before the feature says the GPU has none") {
  CHECK(features_of("The L40S has no NVLink.") == Lines{"nvidia-l40s interconnect no \"has no NVLink\""});
  CHECK(features_of("The L4 lacks FP8 support.") == Lines{"nvidia-l4 fp8_tensor_tflops no \"lacks FP8 support\""});
  CHECK(features_of("The RTX 4090 does not support NVLink.") ==
        Lines{"nvidia-geforce-rtx-4090 interconnect no \"does not support NVLink\""});
  CHECK(features_of("The RTX 4090 doesn't have ECC memory.") ==
        Lines{"nvidia-geforce-rtx-4090 ecc no \"doesn't have ECC memory\""});
  CHECK(features_of("The RTX 4070 ships with non-ECC GDDR6X.") == Lines{"nvidia-geforce-rtx-4070 ecc no \"non-ECC\""});
}

TEST_CASE("a predicate after the feature says it too") {
  CHECK(features_of("On the L4, MIG is not supported.") == Lines{"nvidia-l4 mig_instances no \"MIG\""});
  CHECK(features_of("On the L40S, structured sparsity is supported.") ==
        Lines{"nvidia-l40s structured_sparsity yes \"structured sparsity\""});
}

TEST_CASE("a verb of having before the feature says the GPU has it") {
  CHECK(features_of("The H100 PCIe supports NVLink.") == Lines{"nvidia-h100-pcie interconnect yes \"supports NVLink\""});
  CHECK(features_of("The L40S supports fourth-gen NVLink bridges.") ==
        Lines{"nvidia-l40s interconnect yes \"supports fourth-gen NVLink bridge\""});
  CHECK(features_of("The L4 adds FP8 precision for inference.") == Lines{"nvidia-l4 fp8_tensor_tflops yes \"adds FP8 precision\""});
}

TEST_CASE("a feature without such a verb, or a turned one, is no claim") {
  CHECK(features_of("The H100 PCIe moves 600 GB/s over NVLink.").empty());
  CHECK(features_of("FP8 throughput on the L4 reaches 485 TFLOPS with sparsity.").empty());
  CHECK(features_of("Neither the L40S nor the L4 supports NVLink.").empty());
  CHECK(features_of("The L4 does not only support FP8.").size() <= 1);
}

TEST_CASE("generations, predecessors, needs and conditions are not the GPU's features") {
  CHECK(features_of("The L4 is new. The previous generation had no FP8.").empty());
  CHECK(features_of("The L4 replaces cards that lacked it; Ampere lacks FP8.").empty());
  CHECK(features_of("If you need NVLink, the L40S is the wrong card.").empty());
  CHECK(features_of("Most cards have no ECC, and the L4 is no exception here.").empty());
  // A GPU's own name with a generation word in it is still the GPU.
  CHECK(features_of("The RTX A5000 supports NVLink.") == Lines{"nvidia-rtx-a5000 interconnect yes \"supports NVLink\""});
}

TEST_CASE("the span is the verb phrase nearest the feature; reported beliefs are not claims") {
  CHECK(features_of("The H100 PCIe supports NVLink, while the L4 has no NVLink.") ==
        Lines{"nvidia-h100-pcie interconnect yes \"supports NVLink\"", "nvidia-l4 interconnect no \"has no NVLink\""});
  CHECK(features_of("Some buyers assume the L40S has NVLink; it does not.").empty());
  CHECK(features_of("I thought the L4 supported MIG.").empty());
}

TEST_CASE("the feature goes to the subject of its clause") {
  CHECK(features_of("Unlike the L40S, the H100 PCIe supports NVLink.") ==
        Lines{"nvidia-h100-pcie interconnect yes \"supports NVLink\""});
  CHECK(features_of("The L4 has no NVLink, which the H100 PCIe keeps.") == Lines{"nvidia-l4 interconnect no \"has no NVLink\""});
}
