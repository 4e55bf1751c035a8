// Tests of extract/field_cues: table and lead headers to fields, running-text context to fields, unit fit.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "extract/field_cues.h"
#include "extract/quantity_parser.h"

using extract::field_from_context;
using extract::field_from_header;

namespace {

std::string header(const char* text) {
  auto f = field_from_header(text);
  return f ? *f : std::string("<unknown>");
}

// The field of the single quantity in `sentence`, read with the clause words around it.
std::string context_field(const std::string& sentence) {
  auto found = extract::find_quantities(sentence);
  INFO("sentence: " << sentence);
  REQUIRE(found.size() == 1);
  const auto& q = found.front();
  return field_from_context(q.quantity, q.has_unit, std::string_view(sentence).substr(0, q.begin),
                            std::string_view(sentence).substr(q.end));
}

// The field of the first quantity in `sentence`, where later numbers are part of its words.
std::string first_field(const std::string& sentence) {
  auto found = extract::find_quantities(sentence);
  INFO("sentence: " << sentence);
  REQUIRE_FALSE(found.empty());
  const auto& q = found.front();
  return field_from_context(q.quantity, q.has_unit, std::string_view(sentence).substr(0, q.begin),
                            std::string_view(sentence).substr(q.end));
}

core::Quantity quantity(double value, core::Unit unit) {
  core::Quantity q;
  q.value = value;
  q.unit = unit;
  return q;
}

}  // namespace

TEST_CASE("spec-table headers name their field", "[field_cues]") {
  CHECK(header("Memory bandwidth") == "memory_bandwidth");
  CHECK(header("Memory Bandwidth") == "memory_bandwidth");
  CHECK(header("Thermal Design Power (TDP)") == "tdp");
  CHECK(header("Power draw (peak)") == "tdp");
  CHECK(header("TDP") == "tdp");
  CHECK(header("Pipelines") == "cuda_cores");
  CHECK(header("CUDA Cores") == "cuda_cores");
  CHECK(header("Tensor Cores") == "tensor_cores");
  CHECK(header("RT Cores") == "rt_cores");
  CHECK(header("Display Connectors") == "display_outputs");
  CHECK(header("VRAM") == "memory_size");
  CHECK(header("Memory") == "memory_size");
  CHECK(header("Memory Type") == "memory_type");
  CHECK(header("Memory Bus Width") == "memory_bus_width");
  CHECK(header("Boost Clock") == "boost_clock");
  CHECK(header("Base Clock") == "base_clock");
  CHECK(header("Architecture") == "architecture");
  CHECK(header("L2 Cache") == "l2_cache");
  CHECK(header("FP64 (double precision)") == "fp64_tflops");
  CHECK(header("Power Connectors") == "power_connectors");
  CHECK(header("Transistors") == "transistors");
}

TEST_CASE("each vendor's name for a unit count or cache reads as one field", "[field_cues]") {
  CHECK(header("AI Accelerators") == "tensor_cores");
  CHECK(header("XMX Engines") == "tensor_cores");
  CHECK(header("Matrix Cores") == "tensor_cores");
  CHECK(header("Tensor (AI) Cores") == "tensor_cores");
  CHECK(header("Infinity Cache") == "l3_cache");
  CHECK(header("L3 Cache") == "l3_cache");
  CHECK(header("L2 Cache") == "l2_cache");
  CHECK(header("Memory Config") == "memory_size");
  CHECK(header("Video Memory") == "memory_size");
  CHECK(header("Memory and type") == "memory_size");
  // "RAM" in an instance table is the host's memory: not checked.
  CHECK(header("RAM") == "");
}

TEST_CASE("headers for things deliberately not checked map to no field", "[field_cues]") {
  CHECK(header("Recommended system power (PSU)") == "");
  CHECK(header("Width") == "");
  CHECK(header("MSRP") == "");
  CHECK(header("Price") == "");
  CHECK(header("Height") == "");
  CHECK(header("Idle Power Consumption") == "");
  CHECK(header("Average power draw") == "");
}

TEST_CASE("headers that name nothing known are unknown", "[field_cues]") {
  CHECK_FALSE(field_from_header("Favourite colour").has_value());
  CHECK_FALSE(field_from_header("").has_value());
}

TEST_CASE("running text: memory, bandwidth and power words", "[field_cues]") {
  CHECK(context_field("The card has 24 GB of memory") == "memory_size");
  CHECK(context_field("The board draws 72 W") == "tdp");
  CHECK(context_field("bandwidth of 300 GB/s") == "memory_bandwidth");
  CHECK(context_field("GDDR6 at 12.5 Gbps") == "memory_data_rate");
  CHECK(context_field("a 48 MB L2 cache") == "l2_cache");
  CHECK(context_field("an L2 cache of 48 MB") == "l2_cache");
  CHECK(context_field("48 MB of cache") == "l2_cache");
  CHECK(context_field("a 192-bit bus") == "memory_bus_width");
  CHECK(context_field("built on a 5 nm process") == "process");
}

TEST_CASE("running text: numbers about something else are no field", "[field_cues]") {
  CHECK(context_field("pair it with 64 GB of system RAM") == "");
  CHECK(context_field("the model weights take 40 GB") == "");
  CHECK(context_field("a server pulling under 600 W total") == "");
  CHECK(context_field("use a 750 W PSU") == "");
  CHECK(context_field("in our runs it drew 60 W average") == "");  // a measured average, not the rating
  CHECK(context_field("it peaks at 75 W in our tests") == "");
  CHECK(context_field("we measured 68 W under load") == "");
  CHECK(context_field("a PCIe link of 64 GB/s") == "");
  // NVLink figures are the GPU-to-GPU link's (NVIDIA's both-direction total); other links stay unread.
  CHECK(context_field("NVLink at 900 GB/s") == "interconnect_bandwidth");
  CHECK(context_field("NVLink-C2C at 900 GB/s") == "");
  CHECK(context_field("NVLink at 450 GB/s in each direction") == "");
  CHECK(context_field("it idles at 1.2 GHz") == "");
  // Other cache levels, host memory and network links.
  CHECK(context_field("a CPU with 96 MB of L3 cache") == "");
  CHECK(context_field("the 96 MB Infinity Cache") == "l3_cache");  // the GPU's own last-level cache, never its L2
  CHECK(context_field("L3 cache and 256 GB of RAM") == "");
  CHECK(context_field("our host has 512 GB") == "");
  CHECK(context_field("each box gets a 100 Gbps NIC") == "");
  CHECK(context_field("a 100 Gbps link") == "");  // a clock with no boost/base/memory word
}

TEST_CASE("running text: clocks, throughput and counts need their words", "[field_cues]") {
  CHECK(context_field("runs at 2040 MHz boost clock") == "boost_clock");
  CHECK(context_field("a base clock of 795 MHz") == "base_clock");
  CHECK(context_field("a memory clock of 1563 MHz") == "memory_clock");
  // Words past a comma belong to the next figure.
  CHECK(context_field("The L4 boosts to 2040 MHz, its memory runs faster") == "boost_clock");
  CHECK(context_field("Its memory is fast, and it boosts to 2040 MHz") == "boost_clock");
  CHECK(context_field("795 MHz base, then higher") == "base_clock");
  CHECK(context_field("30.3 TFLOPS FP32") == "fp32_tflops");
  CHECK(context_field("121 TFLOPS of FP16 tensor compute") == "fp16_tensor_tflops");
  CHECK(context_field("485 TOPS INT8") == "int8_tops");
  CHECK(context_field("7424 CUDA cores") == "cuda_cores");
  CHECK(context_field("232 Tensor Cores") == "tensor_cores");
  CHECK(context_field("58 SMs") == "sm_count");
  CHECK(context_field("35.8 billion transistors") == "transistors");
  CHECK(context_field("there were 12 people") == "");
  CHECK(context_field("6144 stream processors") == "cuda_cores");
  CHECK(context_field("3840 shading units") == "cuda_cores");
  CHECK(context_field("96 compute units") == "sm_count");
  CHECK(context_field("7424 cores") == "cuda_cores");
  // Units and processors without their qualifier are sales figures or CPUs, not cores.
  CHECK(context_field("it sold 5000 units last year") == "");
  CHECK(context_field("a server with 64 processors") == "");
}

TEST_CASE("the words right after a figure outrank words further on", "[field_cues]") {
  CHECK(context_field("on a wider 256-bit bus, directly addressing the VRAM concerns") == "memory_bus_width");
  CHECK(context_field("a 48-bit address space") == "");
  CHECK(first_field("up to 4.8 TB/s and NVLink Gen4") == "memory_bandwidth");
  CHECK(context_field("and NVLink Gen4 at 900 GB/s") == "interconnect_bandwidth");
  CHECK(first_field("47.9 teraflop / s with 64 bit") == "fp64_tflops");
  CHECK(first_field("383 teraflop / s with 16 bit") == "fp16_tensor_tflops");
  CHECK(context_field("512 4th-gen Tensor Cores") == "tensor_cores");
  CHECK(first_field("64 3rd Gen RT Cores") == "rt_cores");
  CHECK(context_field("13,312 FP32 units") == "cuda_cores");
}

TEST_CASE("an FP16 figure beyond any shader array, or said with sparsity, is the tensor rate", "[field_cues]") {
  CHECK(context_field("reaching 1.31 petaflops at FP16 precision") == "fp16_tensor_tflops");
  CHECK(context_field("989 TFLOPS of FP16") == "fp16_tensor_tflops");
  CHECK(context_field("82.6 TFLOPS of FP16") == "fp16_tflops");
  CHECK(context_field("330 TFLOPS of FP16 vector throughput") == "fp16_tflops");
  CHECK(context_field("FP16 with sparsity: 165 TFLOPS") == "fp16_tensor_tflops");
}

TEST_CASE("the noun after a count names its field as a table header would", "[field_cues]") {
  CHECK(context_field("has 64 ROPs") == "rops");
  CHECK(context_field("has 96 ray accelerators") == "rt_cores");
  CHECK(context_field("has 24 Xe2 cores") == "sm_count");
  CHECK(context_field("has 512 texture units") == "tmus");
  CHECK(context_field("has 2 NVENC engines") == "nvenc");
  // Counts of things no field holds, or of text fields, stay unread.
  CHECK(context_field("has 3 fans") == "");
  CHECK(context_field("takes 2 slots") == "");
  CHECK(context_field("drives 4 display outputs") == "");
}

TEST_CASE("a throughput figure takes its precision from the sentence", "[field_cues]") {
  auto q = quantity(360, core::Unit::TFLOPS);
  const std::string sentence = "tensor compute at ~120 TFLOPS FP16, roughly 1/3 of L40S's ~360 TFLOPS";
  CHECK(field_from_context(q, true, "roughly 1/3 of L40S's ", "", sentence) == "fp16_tensor_tflops");
  CHECK(field_from_context(q, true, "roughly 1/3 of L40S's ", "") == "");
}

TEST_CASE("units must fit the field", "[field_cues]") {
  using extract::unit_fits_field;
  CHECK(unit_fits_field(quantity(24, core::Unit::GB), true, "memory_size"));
  CHECK_FALSE(unit_fits_field(quantity(72, core::Unit::W), true, "memory_size"));
  CHECK(unit_fits_field(quantity(1563, core::Unit::MHz), true, "memory_clock"));
  CHECK(unit_fits_field(quantity(12.5, core::Unit::Gbps), true, "memory_clock"));
  CHECK(unit_fits_field(quantity(5, core::Unit::nm), true, "process"));
  CHECK_FALSE(unit_fits_field(quantity(169, core::Unit::mm), true, "process"));
  CHECK(unit_fits_field(quantity(169, core::Unit::mm), true, "length"));
  CHECK(unit_fits_field(quantity(7424, core::Unit::none), false, "cuda_cores"));
  CHECK_FALSE(unit_fits_field(quantity(7424, core::Unit::GB), true, "cuda_cores"));
  CHECK(unit_fits_field(quantity(2023, core::Unit::none), false, "launch_year"));
  CHECK_FALSE(unit_fits_field(quantity(24, core::Unit::none), false, "launch_year"));
  CHECK_FALSE(unit_fits_field(quantity(24, core::Unit::GB), true, "memory_type"));  // a text field
  CHECK_FALSE(unit_fits_field(quantity(24, core::Unit::GB), true, "no_such_field"));
}

TEST_CASE("the unit decides between memory clock and data rate, whatever the row says") {
  core::Quantity gbps{21, {}, core::Unit::Gbps};
  core::Quantity mhz{1313, {}, core::Unit::MHz};
  CHECK(extract::field_for_unit("memory_clock", gbps) == "memory_data_rate");
  CHECK(extract::field_for_unit("memory_data_rate", mhz) == "memory_clock");
  CHECK(extract::field_for_unit("memory_clock", mhz) == "memory_clock");
  CHECK(extract::field_for_unit("tdp", gbps) == "tdp");
}

TEST_CASE("FP64 tensor: AMD's 'FP64 Matrix' label, and a tensor word after the figure in an FP64-only sentence", "[field_cues]") {
  CHECK(context_field("FP64 matrix: 95.7 TFLOPS") == "fp64_tensor_tflops");
  const std::string fp64_only = "about 34 TFLOPS of vector FP64 and 67 TFLOPS through its tensor cores";
  auto q = quantity(67, core::Unit::TFLOPS);
  CHECK(field_from_context(q, true, "about 34 TFLOPS of vector FP64 and ", " through its tensor cores", fp64_only) ==
        "fp64_tensor_tflops");
  // With FP16 in the sentence, the tensor figure may be the FP16 rate: not the FP64 tensor rate.
  const std::string mixed = "34 TFLOPS of FP64 and 989 TFLOPS of FP16 on its tensor cores";
  auto big = quantity(989, core::Unit::TFLOPS);
  CHECK(field_from_context(big, true, "34 TFLOPS of FP64 and ", " of FP16 on its tensor cores", mixed) == "fp16_tensor_tflops");
}

TEST_CASE("MIG instance counts: the noun after the count and the header", "[field_cues]") {
  CHECK(context_field("supports up to 7 MIG instances") == "mig_instances");
  CHECK(header("Multi-Instance GPU") == "mig_instances");
  CHECK(header("MIG") == "mig_instances");
}
