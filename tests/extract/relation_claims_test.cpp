// Tests of extract/relation_claims: comparatives, "below X's a, Y's b" lists, "N× the ..." and "1/3 of X's ..." ratios.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using core::Unit;
using extract::Attribution;
using extract::ClaimKind;
using extract_test::extract_text;

TEST_CASE("a comparative names the subject, the relation, the field and the other GPU", "[relations]") {
  auto e = extract_text("# Notes\n\nThe L40S has greater memory bandwidth than the L4.\n");
  const auto& c = e.one("memory_bandwidth", "greater memory bandwidth");
  CHECK(c.kind == ClaimKind::comparison);
  CHECK(c.relation == "higher");
  CHECK(c.gpu.id == "nvidia-l40s");
  CHECK(c.subject.gpu.id == "nvidia-l40s");
  REQUIRE(c.others.size() == 1);
  CHECK(c.others[0].gpu.id == "nvidia-l4");
  CHECK(e.where(c) == "3:14");
}

TEST_CASE("a comparative without \"than\" compares with the page's other GPU", "[relations]") {
  auto e = extract_text("# L4 vs L40S\n\nThe L4 has lower power consumption (72 W vs 350 W).\n");
  const auto& c = e.one("tdp", "lower power consumption");
  CHECK(c.kind == ClaimKind::comparison);
  CHECK(c.relation == "lower");
  CHECK(c.gpu.id == "nvidia-l4");
  REQUIRE(c.others.size() == 1);
  CHECK(c.others[0].gpu.id == "nvidia-l40s");
  // The pair after it gives each side its stated number.
  REQUIRE(c.subject.stated.has_value());
  CHECK(c.subject.stated->value == 72);
  REQUIRE(c.others[0].stated.has_value());
  CHECK(c.others[0].stated->value == 350);
}

TEST_CASE("a comparative belongs to the GPU of its own clause, not the sentence's first", "[relations]") {
  auto e = extract_text(
      "# L4 vs L40S\n"
      "\n"
      "The L40S has more memory bandwidth than the L4, but the L4 uses less power.\n"
      "\n"
      "Compared with the L40S, the L4 has lower TDP.\n"
      "\n"
      "The L40S beats the L4 with more memory.\n"
      "\n"
      "The L40S is faster but the L4 has lower TDP.\n");
  INFO(e.dump());
  CHECK(e.one("memory_bandwidth", "more memory bandwidth").gpu.id == "nvidia-l40s");
  const auto& power = e.one("tdp", "less power");
  CHECK(power.gpu.id == "nvidia-l4");
  CHECK(power.relation == "lower");
  REQUIRE(power.others.size() == 1);
  CHECK(power.others[0].gpu.id == "nvidia-l40s");
  const auto& compared = *e.with_field("tdp")[1];
  CHECK(e.where(compared) == "5:36");
  CHECK(compared.gpu.id == "nvidia-l4");
  CHECK(e.one("memory_size", "more memory").gpu.id == "nvidia-l40s");
  // "faster but ..." compares nothing; the clause after "but" has its own comparison.
  auto tdp = e.with_field("tdp");
  REQUIRE(tdp.size() == 3);
  CHECK(tdp[2]->text == "lower TDP");
  CHECK(tdp[2]->gpu.id == "nvidia-l4");
}

TEST_CASE("vague comparatives and non-spec uses are not comparisons", "[relations]") {
  auto e = extract_text(
      "# L4 vs L40S\n"
      "\n"
      "The L40S has better performance than the L4.\n"
      "\n"
      "The L40S is a higher-tier card than the L4.\n"
      "\n"
      "The L4 costs more than the L40S per hour.\n"
      "\n"
      "The L4 has higher memory bandwidth per watt than the L40S.\n");
  INFO(e.dump());
  for (const auto& c : e.claims()) CHECK(c.kind != ClaimKind::comparison);
}

TEST_CASE("\"below X's a, Y's b and Z's c\" lists every other GPU with its stated value", "[relations]") {
  auto e = extract_text(
      "# NVIDIA L4\n"
      "\n"
      "Its 300 GB/s is far below RTX 4090's 1 TB/s, L40S's 864 GB/s, and H100's 2 TB/s.\n");
  const auto& c = e.one("memory_bandwidth", "below RTX 4090's 1 TB/s, L40S's 864 GB/s, and H100's 2 TB/s");
  CHECK(c.kind == ClaimKind::comparison);
  CHECK(c.relation == "lower");
  CHECK(c.gpu.id == "nvidia-l4");
  CHECK(c.gpu.attributed_by == Attribution::heading);
  REQUIRE(c.subject.stated.has_value());
  CHECK(c.subject.stated->value == 300);
  REQUIRE(c.others.size() == 3);
  CHECK(c.others[0].gpu.id == "nvidia-geforce-rtx-4090");
  CHECK(c.others[0].stated->unit == Unit::TB_per_s);
  CHECK(c.others[1].gpu.id == "nvidia-l40s");
  CHECK(c.others[1].stated->value == 864);
  CHECK(c.others[2].gpu.id == "nvidia-h100");
  CHECK(c.others[2].gpu.members.size() == 2);
  CHECK(e.where(c) == "3:21");
  // Each stated figure is also a value claim about its owner.
  CHECK(e.one("memory_bandwidth", "864 GB/s").gpu.attributed_by == Attribution::possessive);
  CHECK(e.one("memory_bandwidth", "300 GB/s").gpu.id == "nvidia-l4");
}

TEST_CASE("\"N× the bandwidth\" is a ratio of the subject to the other GPU", "[relations]") {
  auto e = extract_text("# NVIDIA L4\n\nThe L40S has 2.9\xC3\x97 the bandwidth of the L4.\n");
  auto ratios = e.with_field("memory_bandwidth");
  INFO(e.dump());
  REQUIRE(ratios.size() == 1);
  const auto& c = *ratios.front();
  CHECK(c.kind == ClaimKind::ratio);
  CHECK(c.gpu.id == "nvidia-l40s");
  REQUIRE(c.others.size() == 1);
  CHECK(c.others[0].gpu.id == "nvidia-l4");
  REQUIRE(c.factor.has_value());
  CHECK(c.factor->value == Approx(2.9));
  CHECK(c.factor->unit == Unit::times);
  CHECK(e.where(c) == "3:14");
  // The claim's text ends inside the sentence and never halfway through a GPU name.
  CHECK(c.text == "2.9\xC3\x97 the bandwidth");
}

TEST_CASE("\"roughly 1/3 of X's ~360 TFLOPS\" is a fraction of a stated figure", "[relations]") {
  auto e = extract_text(
      "# NVIDIA L4\n"
      "\n"
      "The L4 delivers ~120 TFLOPS of FP16 tensor compute, roughly 1/3 of L40S's ~360 TFLOPS.\n");
  auto ratios = e.with_field("compute");
  INFO(e.dump());
  REQUIRE(ratios.size() == 1);
  const auto& c = *ratios.front();
  CHECK(c.kind == ClaimKind::ratio);
  CHECK(c.text == "roughly 1/3 of L40S's ~360 TFLOPS");
  CHECK(c.gpu.id == "nvidia-l4");
  REQUIRE(c.factor.has_value());
  CHECK(c.factor->value == Approx(1.0 / 3.0));
  CHECK(c.factor->qualifier == core::Qualifier::approximate);
  REQUIRE(c.subject.stated.has_value());
  CHECK(c.subject.stated->value == 120);
  REQUIRE(c.others.size() == 1);
  CHECK(c.others[0].gpu.id == "nvidia-l40s");
  CHECK(c.others[0].stated->value == 360);
  // Both figures are also tensor-throughput value claims, the second the L40S's.
  CHECK(e.one("fp16_tensor_tflops", "~120 TFLOPS").gpu.id == "nvidia-l4");
  const auto& theirs = e.one("fp16_tensor_tflops", "~360 TFLOPS");
  CHECK(theirs.gpu.id == "nvidia-l40s");
  CHECK(theirs.gpu.attributed_by == Attribution::possessive);
}

TEST_CASE("\"N× the X of the Y\" takes Y as the other side whatever the page is about", "[relations]") {
  auto e = extract_text("# RTX 4090 vs RTX 4070\n\nThe L40S has 2.9x the bandwidth of the L4.\n");
  auto ratios = e.with_field("memory_bandwidth");
  INFO(e.dump());
  REQUIRE(ratios.size() == 1);
  CHECK(ratios.front()->gpu.id == "nvidia-l40s");
  REQUIRE(ratios.front()->others.size() == 1);
  CHECK(ratios.front()->others[0].gpu.id == "nvidia-l4");
}

TEST_CASE("efficiency ratios and ratios against no GPU are no claims", "[relations]") {
  auto e = extract_text(
      "# L4 vs L40S\n"
      "\n"
      "The L4 delivers 2x the performance per watt of the L40S.\n"
      "\n"
      "Two L4 cards give 2x the memory of one.\n");
  INFO(e.dump());
  for (const auto& c : e.claims()) CHECK(c.kind != ClaimKind::ratio);
}

TEST_CASE("a ratio with nothing to compare against is no claim", "[relations]") {
  auto e = extract_text("# Notes\n\nThe L4 has 3x the memory bandwidth.\n");
  INFO(e.dump());
  CHECK(e.with_field("memory_bandwidth").empty());
}
