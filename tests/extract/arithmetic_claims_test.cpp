// Tests of extract/arithmetic_claims: stated operations with results, unit conversions, "N GB fits a model" statements.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using core::Unit;
using extract::ClaimKind;
using extract_test::extract_text;

TEST_CASE("\"514 × 0.70 = 360\" is a multiplication with its stated result", "[arithmetic]") {
  auto e = extract_text("# Estimates\n\nEffective rate: 514 \xC3\x97 0.70 = 360 tokens per second.\n");
  auto found = e.with_field("arithmetic");
  INFO(e.dump());
  REQUIRE(found.size() == 1);
  const auto& c = *found.front();
  CHECK(c.kind == ClaimKind::arithmetic);
  CHECK(c.op == "*");
  REQUIRE(c.operands.size() == 2);
  CHECK(c.operands[0].value == 514);
  CHECK(c.operands[1].value == Approx(0.7));
  CHECK(c.operands[1].decimals == 2);
  REQUIRE(c.result.has_value());
  CHECK(c.result->value == 360);
  CHECK(c.text == "514 \xC3\x97 0.70 = 360");
  CHECK(e.where(c) == "3:17");
  CHECK_FALSE(c.gpu.resolved());  // pure arithmetic names no GPU
}

TEST_CASE("a parenthetical note between the operation and '=' is allowed", "[arithmetic]") {
  auto e = extract_text("# Estimates\n\nWe use 514 x 0.70 (confidence discount) = 360.\n");
  auto found = e.with_field("arithmetic");
  INFO(e.dump());
  REQUIRE(found.size() == 1);
  CHECK(found.front()->result->value == 360);
  CHECK(found.front()->op == "*");
}

TEST_CASE("division, subtraction and thousands separators", "[arithmetic]") {
  auto e = extract_text("# Estimates\n\nBudget: 12,000 / 4 = 3,000 per card. Margin: 10 - 3 = 7.\n");
  auto found = e.with_field("arithmetic");
  INFO(e.dump());
  REQUIRE(found.size() == 2);
  CHECK(found[0]->op == "/");
  CHECK(found[0]->operands[0].value == 12000);
  CHECK(found[0]->result->value == 3000);
  CHECK(found[1]->op == "-");
  CHECK(found[1]->result->value == 7);
}

TEST_CASE("\"3,000-5,000 hours = 4-7 months\" is a conversion between ranges", "[arithmetic]") {
  auto e = extract_text("# Lifetime\n\nAt this duty cycle, 3,000-5,000 hours = 4-7 months of use.\n");
  auto found = e.with_field("arithmetic");
  INFO(e.dump());
  REQUIRE(found.size() == 1);
  const auto& c = *found.front();
  CHECK(c.op == "convert");
  REQUIRE(c.operands.size() == 1);
  CHECK(c.operands[0].value == 3000);
  REQUIRE(c.operands[0].upper.has_value());
  CHECK(*c.operands[0].upper == 5000);
  CHECK(c.operands[0].unit == Unit::hour);
  REQUIRE(c.result.has_value());
  CHECK(c.result->value == 4);
  CHECK(*c.result->upper == 7);
  CHECK(c.result->unit == Unit::month);
  CHECK(c.text == "3,000-5,000 hours = 4-7 months");
  CHECK(e.where(c) == "3:21");
}

TEST_CASE("names and versions with '=' nearby are not arithmetic", "[arithmetic]") {
  auto e = extract_text("# Notes\n\nSet CUDA_VISIBLE_DEVICES=0 and use v2.1-3 = 5. The RTX 4090 = fast.\n");
  INFO(e.dump());
  CHECK(e.with_field("arithmetic").empty());
}

TEST_CASE("\"24 GB fits 70B Q4\": model size, precision, stated memory and its owner", "[feasibility]") {
  auto e = extract_text("# Notes\n\nAn L4's 24 GB fits 70B Q4 with room to spare.\n");
  auto found = e.with_field("feasibility");
  INFO(e.dump());
  REQUIRE(found.size() == 1);
  const auto& c = *found.front();
  CHECK(c.kind == ClaimKind::feasibility);
  CHECK(c.model_params_billion == 70);
  CHECK(c.bits_per_weight == 4);
  REQUIRE(c.memory.has_value());
  CHECK(c.memory->value == 24);
  CHECK(c.memory->unit == Unit::GB);
  CHECK(c.gpu.id == "nvidia-l4");
  CHECK(c.gpu.attributed_by == extract::Attribution::possessive);
  CHECK(c.text == "70B Q4");
  CHECK(e.where(c) == "3:20");
}

TEST_CASE("feasibility with spelled-out precision and a GPU subject", "[feasibility]") {
  auto e = extract_text("# Notes\n\nThe RTX 4090 fits 13B at 8-bit comfortably.\n");
  auto found = e.with_field("feasibility");
  INFO(e.dump());
  REQUIRE(found.size() == 1);
  CHECK(found.front()->model_params_billion == 13);
  CHECK(found.front()->bits_per_weight == 8);
  CHECK_FALSE(found.front()->memory.has_value());
  CHECK(found.front()->gpu.id == "nvidia-geforce-rtx-4090");
}

TEST_CASE("negated or precision-less model mentions are not feasibility claims", "[feasibility]") {
  auto e = extract_text(
      "# Notes\n"
      "\n"
      "The L4's 24 GB does not fit 70B Q4.\n"
      "\n"
      "The L4 runs a 70B model.\n");
  INFO(e.dump());
  CHECK(e.with_field("feasibility").empty());
}
