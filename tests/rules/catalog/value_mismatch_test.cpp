// Tests of catalog-value-mismatch (rules/catalog/value_mismatch.cpp): precision, variants, families, sparsity, text fields, memory clocks.
#include <catch2/catch.hpp>

#include "rules/catalog/value_mismatch.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Qualifier;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::ValueMismatch rule;
  return run(rule, doc, {claim});
}

}  // namespace

TEST_CASE("value-mismatch: numbers agree at the writer's precision", "[rules][catalog]") {
  SECTION("300 GB/s agrees with 300.1 GB/s") {
    Doc doc("The L4 has 300 GB/s of bandwidth.");
    CHECK(check(doc, doc.value(gpu(kL4), "memory_bandwidth", q(300, Unit::GB_per_s), "300 GB/s")).empty());
  }
  SECTION("1 TB/s agrees with 1,008 GB/s") {
    Doc doc("The RTX 4090 moves 1 TB/s.");
    CHECK(check(doc, doc.value(gpu(k4090), "memory_bandwidth", q(1, Unit::TB_per_s), "1 TB/s")).empty());
  }
  SECTION("~120 TFLOPS agrees with 121") {
    Doc doc("L4 offers ~120 TFLOPS of FP16 tensor compute.");
    auto c = doc.value(gpu(kL4), "fp16_tensor_tflops", q(120, Unit::TFLOPS, 0, Qualifier::approximate), "~120 TFLOPS");
    CHECK(check(doc, c).empty());
  }
  SECTION("24 GiB is the 24 GB card") {
    Doc doc("L4: 24 GiB.");
    CHECK(check(doc, doc.value(gpu(kL4), "memory_size", q(24, Unit::GiB), "24 GiB")).empty());
  }
  SECTION("also_accepted values are not errors") {
    Doc doc("RTX 4070 draws 215 W; L4 is a 4 nm part.");
    CHECK(check(doc, doc.value(gpu(k4070), "tdp", q(215, Unit::W), "215 W")).empty());
    CHECK(check(doc, doc.value(gpu(kL4), "process", q(4, Unit::nm), "4 nm")).empty());
  }
}

TEST_CASE("value-mismatch: numbers beyond precision and tolerance fire", "[rules][catalog]") {
  SECTION("1.8 GHz vs 2475 MHz, expected in the writer's unit") {
    Doc doc("Intro line.\nThe RTX 4070 boosts to 1.8 GHz.");
    auto f = check(doc, doc.value(gpu(k4070), "boost_clock", q(1.8, Unit::GHz, 1), "1.8 GHz"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "catalog-value-mismatch");
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].verdict == core::Verdict::refuted);
    CHECK(f[0].gpu == k4070);
    CHECK(f[0].field == "boost_clock");
    CHECK(f[0].claimed == "1.8 GHz");
    CHECK(f[0].expected == "2.475 GHz");
    CHECK(f[0].suggestion == "2.475 GHz");
    CHECK(f[0].message == "Boost clock of NVIDIA GeForce RTX 4070: 2.475 GHz, not 1.8 GHz");
    CHECK(f[0].begin.line == 2);
    CHECK(f[0].begin.column == 24);
    REQUIRE(f[0].evidence.size() == 1);
    CHECK(f[0].evidence[0].gpu == k4070);
    CHECK(f[0].evidence[0].field == "boost_clock");
    CHECK(f[0].evidence[0].source_kind == "vendor");
    CHECK(f[0].evidence[0].url == "https://example.com/" + k4070);
  }
  SECTION("320 GB/s is not 300.1 GB/s") {
    Doc doc("The L4 has 320 GB/s of bandwidth.");
    auto f = check(doc, doc.value(gpu(kL4), "memory_bandwidth", q(320, Unit::GB_per_s), "320 GB/s"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "300.1 GB/s");
  }
  SECTION("1.2 TB/s is not 1,008 GB/s") {
    Doc doc("The RTX 4090 moves 1.2 TB/s.");
    auto f = check(doc, doc.value(gpu(k4090), "memory_bandwidth", q(1.2, Unit::TB_per_s, 1), "1.2 TB/s"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "1.008 TB/s");
  }
  SECTION("~140 TFLOPS is beyond the approximation of 121") {
    Doc doc("L4 offers ~140 TFLOPS.");
    auto c = doc.value(gpu(kL4), "fp16_tensor_tflops", q(140, Unit::TFLOPS, 0, Qualifier::approximate), "~140 TFLOPS");
    CHECK(check(doc, c).size() == 1);
  }
  SECTION("a value outside also_accepted still fires, with evidence from a measured source") {
    Doc doc("L4 draws 75 W.");
    auto f = check(doc, doc.value(gpu(kL4), "tdp", q(75, Unit::W), "75 W"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "72 W");
    REQUIRE(f[0].evidence.size() == 1);
    CHECK(f[0].evidence[0].source_kind == "measured");
    CHECK(fixture::contains(f[0].evidence[0].detail, "driver 550.90.07"));
  }
}

TEST_CASE("value-mismatch: sibling variants and families", "[rules][catalog]") {
  SECTION("the 16 GB variant's size given for the 8 GB card is a warning naming the variant") {
    Doc doc("The RTX 4060 Ti 8GB comes with 16 GB.");
    auto f = check(doc, doc.value(gpu(k4060Ti8), "memory_size", q(16, Unit::GB), "16 GB"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::warning);
    CHECK(f[0].gpu == k4060Ti8);
    CHECK(f[0].expected == "8 GB");
    CHECK(f[0].message ==
          "16 GB is the memory size of NVIDIA GeForce RTX 4060 Ti 16GB; NVIDIA GeForce RTX 4060 Ti 8GB has 8 GB");
    REQUIRE(f[0].evidence.size() == 2);
    CHECK(f[0].evidence[1].gpu == k4060Ti16);
  }
  SECTION("a value no variant has is an error") {
    Doc doc("The RTX 4060 Ti 8GB comes with 12 GB.");
    auto f = check(doc, doc.value(gpu(k4060Ti8), "memory_size", q(12, Unit::GB), "12 GB"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::error);
  }
  SECTION("a family name accepts any member's value") {
    Doc doc("The RTX 4060 Ti comes with 8 GB or 16 GB.");
    CHECK(check(doc, doc.value(family_4060ti(), "memory_size", q(16, Unit::GB), "16 GB")).empty());
    CHECK(check(doc, doc.value(family_4060ti(), "memory_size", q(8, Unit::GB), "8 GB")).empty());
  }
  SECTION("a family value no member has names every member") {
    Doc doc("The RTX 4060 Ti comes with 12 GB.");
    auto f = check(doc, doc.value(family_4060ti(), "memory_size", q(12, Unit::GB), "12 GB"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].gpu == k4060TiFamily);
    CHECK(f[0].message == "No RTX 4060 Ti variant has 12 GB memory size (NVIDIA GeForce RTX 4060 Ti 8GB: 8 GB, "
                          "NVIDIA GeForce RTX 4060 Ti 16GB: 16 GB)");
    CHECK(f[0].evidence.size() == 2);
  }
}

TEST_CASE("value-mismatch: dense and sparse tensor figures", "[rules][catalog]") {
  Doc doc("L4: 121 TFLOPS, 242 TFLOPS.");
  auto dense = doc.value(gpu(kL4), "fp16_tensor_tflops", q(121, Unit::TFLOPS), "121 TFLOPS");
  auto sparse = doc.value(gpu(kL4), "fp16_tensor_tflops", q(242, Unit::TFLOPS), "242 TFLOPS");
  SECTION("unqualified dense or sparse figures are not wrong") {
    CHECK(check(doc, dense).empty());
    CHECK(check(doc, sparse).empty());
  }
  SECTION("the sparse figure called sparse is right") {
    sparse.says_sparse = true;
    CHECK(check(doc, sparse).empty());
  }
  SECTION("the dense figure called dense is right") {
    dense.says_dense = true;
    CHECK(check(doc, dense).empty());
  }
  SECTION("the dense figure called sparse fires") {
    dense.says_sparse = true;
    auto f = check(doc, dense);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].expected == "242 TFLOPS");
    CHECK(f[0].message == "Dense figure called sparse: NVIDIA L4 has 121 TFLOPS dense, 242 TFLOPS with sparsity");
  }
  SECTION("the sparse figure called dense fires") {
    sparse.says_dense = true;
    auto f = check(doc, sparse);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].expected == "121 TFLOPS");
    CHECK(f[0].message == "Sparse figure called dense: NVIDIA L4 has 242 TFLOPS with sparsity, 121 TFLOPS dense");
  }
}

TEST_CASE("value-mismatch: text fields", "[rules][catalog]") {
  Doc doc("L4 is Ampere. L4 is Ada. Outputs: none; 1x HDMI 2.1, 3x DisplayPort 1.4a; 2x HDMI 2.1, 2x DisplayPort 1.4a. "
          "Memory: GDDR6, GDDR6X.");
  SECTION("Ampere for an Ada Lovelace GPU fires") {
    auto f = check(doc, doc.text(gpu(kL4), "architecture", "Ampere", "Ampere"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "Ada Lovelace");
    CHECK(f[0].message == "Architecture of NVIDIA L4: Ada Lovelace, not Ampere");
    CHECK(f[0].suggestion == "Ada Lovelace");
  }
  SECTION("Ada is Ada Lovelace") { CHECK(check(doc, doc.text(gpu(kL4), "architecture", "Ada", "Ada")).empty()); }
  SECTION("display outputs") {
    CHECK(check(doc, doc.text(gpu(kL4), "display_outputs", "none", "none")).empty());
    auto none_for_4070 = check(doc, doc.text(gpu(k4070), "display_outputs", "none", "none"));
    REQUIRE(none_for_4070.size() == 1);
    CHECK(none_for_4070[0].expected == "1x HDMI 2.1a, 3x DisplayPort 1.4a");
    auto ports = doc.text(gpu(k4070), "display_outputs", "1x HDMI 2.1, 3x DisplayPort 1.4a", "1x HDMI 2.1, 3x DisplayPort 1.4a");
    CHECK(check(doc, ports).empty());  // HDMI 2.1 is HDMI 2.1a
    auto l4_ports = check(doc, doc.text(gpu(kL4), "display_outputs", ports.text_value, ports.text));
    REQUIRE(l4_ports.size() == 1);
    CHECK(l4_ports[0].expected == "none");
    auto wrong_count = doc.text(gpu(k4070), "display_outputs", "2x HDMI 2.1, 2x DisplayPort 1.4a",
                                "2x HDMI 2.1, 2x DisplayPort 1.4a");
    CHECK(check(doc, wrong_count).size() == 1);
  }
  SECTION("memory type") {
    CHECK(check(doc, doc.text(gpu(k4070), "memory_type", "GDDR6X", "GDDR6X")).empty());
    auto f = check(doc, doc.text(gpu(k4070), "memory_type", "GDDR6", "GDDR6"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "GDDR6X");
  }
}

TEST_CASE("value-mismatch: memory clock conventions", "[rules][catalog]") {
  Doc doc("RTX 4070 memory runs at 1313 MHz, 2625 MHz or 1750 MHz.");
  SECTION("1313 MHz is 21 Gbps GDDR6X (x16) and 2625 MHz is x8") {
    CHECK(check(doc, doc.value(gpu(k4070), "memory_clock", q(1313, Unit::MHz), "1313 MHz")).empty());
    CHECK(check(doc, doc.value(gpu(k4070), "memory_clock", q(2625, Unit::MHz), "2625 MHz")).empty());
  }
  SECTION("a clock no convention maps to the data rate is a warning without a suggestion") {
    auto f = check(doc, doc.value(gpu(k4070), "memory_clock", q(1750, Unit::MHz), "1750 MHz"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == core::Severity::warning);
    CHECK(f[0].expected == "21 Gbps effective");
    CHECK(f[0].suggestion.empty());
  }
  SECTION("a GPU with neither clock nor data rate is left alone") {
    CHECK(check(doc, doc.value(gpu(kL4), "memory_clock", q(1313, Unit::MHz), "1313 MHz")).empty());
  }
}

TEST_CASE("value-mismatch: claims it does not judge", "[rules][catalog]") {
  Doc doc("The Foo 9000 has 99 GB; L4 has 96 MB of L2.");
  CHECK(check(doc, doc.value(unknown("Foo 9000"), "memory_size", q(99, Unit::GB), "99 GB")).empty());
  CHECK(check(doc, doc.value(gpu(kL4), "l2_cache", q(96, Unit::MB), "96 MB")).empty());  // unverifiable's job
  auto ratio = doc.value(gpu(kL4), "memory_size", q(99, Unit::GB), "99 GB");
  ratio.kind = extract::ClaimKind::ratio;
  CHECK(check(doc, ratio).empty());
}
