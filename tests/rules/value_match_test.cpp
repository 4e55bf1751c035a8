// Tests of rules/value_match.cpp: number agreement at the writer's precision, text equivalences, expected text, evidence.
#include <catch2/catch.hpp>

#include "rules/value_match.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Qualifier;
using core::Unit;
using rules::number_agrees;
using rules::text_agrees;

namespace {

catalog::FieldValue number(const std::string& field, double v, std::optional<double> sparse = std::nullopt) {
  catalog::FieldValue fv;
  fv.field = field;
  fv.value = v;
  fv.sparse = sparse;
  return fv;
}

catalog::FieldValue text(const std::string& field, const std::string& v, std::vector<catalog::Value> also = {}) {
  catalog::FieldValue fv;
  fv.field = field;
  fv.value = v;
  fv.also_accepted = std::move(also);
  return fv;
}

}  // namespace

TEST_CASE("value_match: numbers at the writer's precision", "[rules][value_match]") {
  CHECK(number_agrees("memory_bandwidth", q(300, Unit::GB_per_s), 300.1));
  CHECK(number_agrees("memory_bandwidth", q(1, Unit::TB_per_s), 1008));
  CHECK(number_agrees("memory_bandwidth", q(1.01, Unit::TB_per_s, 2), 1008));
  CHECK_FALSE(number_agrees("memory_bandwidth", q(1.2, Unit::TB_per_s, 1), 1008));
  CHECK_FALSE(number_agrees("memory_bandwidth", q(320, Unit::GB_per_s), 300.1));
  CHECK(number_agrees("fp16_tensor_tflops", q(120, Unit::TFLOPS, 0, Qualifier::approximate), 121));
  CHECK_FALSE(number_agrees("fp16_tensor_tflops", q(140, Unit::TFLOPS, 0, Qualifier::approximate), 121));
  CHECK_FALSE(number_agrees("boost_clock", q(1.8, Unit::GHz, 1), 2475));
  CHECK(number_agrees("boost_clock", q(2.5, Unit::GHz, 1), 2475));
  CHECK(number_agrees("boost_clock", q(2475, Unit::MHz), 2475));
  CHECK_FALSE(number_agrees("boost_clock", q(2520, Unit::MHz), 2475));  // 1.8% > the 0.5% clocks allow
}

TEST_CASE("value_match: memory sizes compare number to number", "[rules][value_match]") {
  CHECK(number_agrees("memory_size", q(24, Unit::GiB), 24));
  CHECK(number_agrees("memory_size", q(24, Unit::GB), 24));
  CHECK(number_agrees("memory_size", q(24576, Unit::MiB), 24.576));
  CHECK_FALSE(number_agrees("memory_size", q(16, Unit::GB), 24));
  CHECK(number_agrees("l2_cache", q(48, Unit::MB), 48));
  // Only sizes read a binary unit as its decimal namesake; other dimensions keep their exact factors.
  CHECK(rules::claim_base_value("memory_size", q(1, Unit::GiB), 1) == Approx(1e9));
  CHECK(rules::claim_base_value("memory_bandwidth", q(1, Unit::GB_per_s), 1) == Approx(1e9));
}

TEST_CASE("value_match: qualifiers", "[rules][value_match]") {
  CHECK(number_agrees("tdp", range(250, 300, Unit::W), 285));
  CHECK_FALSE(number_agrees("tdp", range(250, 280, Unit::W), 285));
  CHECK(number_agrees("tdp", q(250, Unit::W, 0, Qualifier::at_least), 285));
  CHECK_FALSE(number_agrees("tdp", q(300, Unit::W, 0, Qualifier::at_least), 285));
  CHECK(number_agrees("tdp", q(300, Unit::W, 0, Qualifier::at_most), 285));
  CHECK_FALSE(number_agrees("tdp", q(250, Unit::W, 0, Qualifier::at_most), 285));
  CHECK(number_agrees("boost_clock", q(2.5, Unit::GHz, 1, Qualifier::up_to), 2475));
  CHECK_FALSE(number_agrees("boost_clock", q(3.0, Unit::GHz, 1, Qualifier::up_to), 2475));
}

TEST_CASE("value_match: per-field tolerances", "[rules][value_match]") {
  CHECK(rules::field_tolerance("memory_bandwidth") == Approx(0.012));
  CHECK(rules::field_tolerance("memory_size") == 0.0);
  CHECK(rules::field_tolerance("cuda_cores") == 0.0);
  CHECK(number_agrees("memory_bandwidth", q(1010, Unit::GB_per_s), 1008));  // vendor vs database rounding
  CHECK_FALSE(number_agrees("cuda_cores", q(7680, Unit::none), 7424));
}

TEST_CASE("value_match: field values, also_accepted and sparsity", "[rules][value_match]") {
  auto tensor = number("fp16_tensor_tflops", 121, 242);
  CHECK(rules::field_agrees("fp16_tensor_tflops", q(121, Unit::TFLOPS), tensor, false));
  CHECK(rules::field_agrees("fp16_tensor_tflops", q(242, Unit::TFLOPS), tensor, false));
  CHECK(rules::field_agrees("fp16_tensor_tflops", q(242, Unit::TFLOPS), tensor, true));
  CHECK_FALSE(rules::field_agrees("fp16_tensor_tflops", q(121, Unit::TFLOPS), tensor, true));
  CHECK(rules::field_agrees("fp16_tensor_tflops", q(121, Unit::TFLOPS), tensor, false, true));
  CHECK_FALSE(rules::field_agrees("fp16_tensor_tflops", q(242, Unit::TFLOPS), tensor, false, true));
  auto tdp = number("tdp", 200);
  tdp.also_accepted = {215.0};
  CHECK(rules::field_agrees("tdp", q(215, Unit::W), tdp, false));
  CHECK_FALSE(rules::field_agrees("tdp", q(230, Unit::W), tdp, false));
  CHECK_FALSE(rules::field_agrees("tdp", q(200, Unit::W), text("tdp", "200 W"), false));
}

TEST_CASE("value_match: text fields", "[rules][value_match]") {
  CHECK(text_agrees("architecture", "Ada", text("architecture", "Ada Lovelace")));
  CHECK(text_agrees("architecture", "ada lovelace", text("architecture", "Ada Lovelace")));
  CHECK_FALSE(text_agrees("architecture", "Ampere", text("architecture", "Ada Lovelace")));
  CHECK(text_agrees("code_name", "AD104", text("code_name", "AD104-250")));
  CHECK_FALSE(text_agrees("code_name", "AD103", text("code_name", "AD104-250")));
  CHECK(text_agrees("memory_type", "gddr6x", text("memory_type", "GDDR6X")));
  CHECK_FALSE(text_agrees("memory_type", "GDDR6", text("memory_type", "GDDR6X")));
  CHECK(text_agrees("power_connectors", "12VHPWR", text("power_connectors", "1x 16-pin")));
  CHECK(text_agrees("interface", "PCIe 4.0", text("interface", "PCIe 5.0", {std::string("PCIe 4.0")})));
  // A generation without a lane count is not wrong; a stated lane count is judged.
  CHECK(text_agrees("interface", "PCIe 4.0", text("interface", "PCIe 4.0 x16")));
  CHECK(text_agrees("interface", "PCIe 4.0 x16", text("interface", "PCIe 4.0 x16")));
  CHECK_FALSE(text_agrees("interface", "PCIe 4.0 x8", text("interface", "PCIe 4.0 x16")));
  CHECK_FALSE(text_agrees("interface", "PCIe 5.0", text("interface", "PCIe 4.0 x16")));
  CHECK_FALSE(text_agrees("interface", "PCIe 4.0 x16", text("interface", "SXM5")));
  CHECK_FALSE(text_agrees("architecture", "Ada", number("architecture", 1)));
}

TEST_CASE("value_match: display outputs", "[rules][value_match]") {
  const auto ada = text("display_outputs", "1x HDMI 2.1a, 3x DisplayPort 1.4a");
  CHECK_FALSE(text_agrees("display_outputs", "none", ada));
  CHECK(text_agrees("display_outputs", "1x HDMI 2.1, 3x DisplayPort 1.4a", ada));
  CHECK(text_agrees("display_outputs", "1x HDMI 2.1a, 3x DP 1.4a", ada));
  CHECK_FALSE(text_agrees("display_outputs", "2x HDMI 2.1, 2x DisplayPort 1.4a", ada));
  CHECK_FALSE(text_agrees("display_outputs", "1x HDMI 2.0, 3x DisplayPort 1.4a", ada));
  CHECK_FALSE(text_agrees("display_outputs", "1x HDMI 2.1a, 3x DisplayPort 1.4a", text("display_outputs", "none")));
  CHECK(text_agrees("display_outputs", "None", text("display_outputs", "none")));
  CHECK(text_agrees("display_outputs", "four outputs", ada));  // a form it cannot read is not a finding
}

TEST_CASE("value_match: display outputs named without counts, mini-DisplayPort, USB-C", "[rules][value_match]") {
  const auto ada = text("display_outputs", "1x HDMI 2.1a, 3x DisplayPort 1.4a");
  CHECK(text_agrees("display_outputs", "HDMI 2.1, 3x DisplayPort 1.4a", ada));
  CHECK(text_agrees("display_outputs", "3x DisplayPort 1.4a, HDMI 2.1a", ada));
  CHECK(text_agrees("display_outputs", "HDMI 2.1a", ada));
  CHECK_FALSE(text_agrees("display_outputs", "HDMI 2.1, 4x DisplayPort 1.4a", ada));  // a stated count still counts
  CHECK_FALSE(text_agrees("display_outputs", "HDMI 2.0, 3x DisplayPort 1.4a", ada));
  CHECK_FALSE(text_agrees("display_outputs", "DVI, 3x DisplayPort 1.4a", ada));
  const auto turing = text("display_outputs", "1x HDMI 2.0, 3x DisplayPort 1.4a, 1x USB Type-C");
  CHECK(text_agrees("display_outputs", "1x HDMI 2.0, 3x DisplayPort 1.4a, 1x USB-C", turing));
  CHECK(text_agrees("display_outputs", "1x HDMI 2.0, 3x DisplayPort 1.4a", turing));
  CHECK_FALSE(text_agrees("display_outputs", "1x HDMI 2.0, 2x DisplayPort 1.4a, 1x USB-C", turing));
  CHECK_FALSE(text_agrees("display_outputs", "1x HDMI 2.1, 3x DisplayPort 1.4a, 1x USB-C", ada));
  const auto workstation = text("display_outputs", "4x mini-DisplayPort 1.4a");
  CHECK(text_agrees("display_outputs", "4x DisplayPort 1.4a", workstation));
  CHECK(text_agrees("display_outputs", "4x mini-DP 1.4a", workstation));
  CHECK_FALSE(text_agrees("display_outputs", "1x HDMI 2.1, 3x DisplayPort 1.4a", workstation));
  CHECK_FALSE(text_agrees("display_outputs", "2x mini-DisplayPort 1.4a", workstation));
}

TEST_CASE("value_match: expected text in the writer's unit", "[rules][value_match]") {
  CHECK(rules::expected_text("boost_clock", number("boost_clock", 2475), nullptr) == "2475 MHz");
  auto ghz = q(1.8, Unit::GHz, 1);
  CHECK(rules::expected_text("boost_clock", number("boost_clock", 2475), &ghz) == "2.475 GHz");
  auto tbs = q(1.2, Unit::TB_per_s, 1);
  CHECK(rules::expected_text("memory_bandwidth", number("memory_bandwidth", 1008), &tbs) == "1.008 TB/s");
  auto gib = q(16, Unit::GiB);
  CHECK(rules::expected_text("memory_size", number("memory_size", 24), &gib) == "24 GiB");
  auto cores = q(7680, Unit::none);
  CHECK(rules::expected_text("cuda_cores", number("cuda_cores", 7424), &cores) == "7424");
  auto tflops = q(121, Unit::TFLOPS);
  CHECK(rules::expected_text("fp16_tensor_tflops", number("fp16_tensor_tflops", 121, 242), &tflops, true) ==
        "242 TFLOPS");
  auto millions = q(35800, Unit::million);
  CHECK(rules::expected_text("transistors", number("transistors", 35.8), &millions) == "35800 million");
  CHECK(rules::expected_text("architecture", text("architecture", "Ada Lovelace"), nullptr) == "Ada Lovelace");
}

TEST_CASE("value_match: evidence names the source", "[rules][value_match]") {
  const auto* l4 = test_catalog().find(kL4);
  REQUIRE(l4);
  auto vendor = rules::evidence_for(*l4, *l4->field("memory_size"));
  CHECK(vendor.gpu == kL4);
  CHECK(vendor.field == "memory_size");
  CHECK(vendor.value == "24 GB");
  CHECK(vendor.source_id == "vendor-page");
  CHECK(vendor.source_kind == "vendor");
  CHECK(vendor.url == "https://example.com/nvidia-l4");
  CHECK(vendor.title == "NVIDIA L4 product page");
  auto measured = rules::evidence_for(*l4, *l4->field("tdp"));
  CHECK(measured.source_kind == "measured");
  CHECK(measured.capture == "datasets/measured/nvidia-l4.json");
  CHECK(measured.detail == "nvidia-smi -q, driver 550.90.07, 2024-05-01");
}

TEST_CASE("value match: a process node is compared to the nanometre, not swallowed by an absolute epsilon") {
  CHECK(number_agrees("process", q(8, Unit::nm), 8));
  CHECK_FALSE(number_agrees("process", q(7, Unit::nm), 8));
  CHECK_FALSE(number_agrees("process", q(9, Unit::nm), 8));
  CHECK_FALSE(number_agrees("process", q(4, Unit::nm), 3));
}
