// Tests of the value and table claim builders: GPU, field, value, position and how the GPU was attributed.
#include <catch2/catch.hpp>

#include "extract_fixture.h"

using core::Unit;
using extract::Attribution;
using extract_test::check_value;
using extract_test::extract_text;

TEST_CASE("same clause: the GPU named in the sentence owns its numbers", "[claims]") {
  auto e = extract_text("# Notes\n\nThe L4 has 24 GB of GDDR6 memory and draws 72 W.\n");
  check_value(e, e.one("memory_size", "24 GB"), "nvidia-l4", 24, Unit::GB, Attribution::same_clause, "3:12");
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::same_clause, "3:44");
  const auto& type = e.one("memory_type", "GDDR6");
  CHECK(type.text_value == "GDDR6");
  CHECK(type.gpu.id == "nvidia-l4");
  CHECK(e.where(type) == "3:21");
  CHECK(e.claims().size() == 3);
}

TEST_CASE("possessive: the value right after \"X's\" is X's", "[claims]") {
  auto e = extract_text("# Notes\n\nOur card trails the RTX 4090's 1 TB/s of bandwidth.\n");
  check_value(e, e.one("memory_bandwidth", "1 TB/s"), "nvidia-geforce-rtx-4090", 1, Unit::TB_per_s,
              Attribution::possessive, "3:32");
}

TEST_CASE("possessive with a noun: \"X's memory bandwidth is ...\" is still X's, not the page's", "[claims]") {
  auto e = extract_text(
      "# NVIDIA L4\n"
      "\n"
      "The RTX 4090's memory bandwidth is 1008 GB/s.\n"
      "\n"
      "Compared with the L4, the L40S's memory is 48 GB.\n"
      "\n"
      "Unlike the RTX 4090's 450 W, it uses 72 W.\n"
      "\n"
      "The L40S's successor will have 96 GB.\n");
  check_value(e, e.one("memory_bandwidth", "1008 GB/s"), "nvidia-geforce-rtx-4090", 1008, Unit::GB_per_s,
              Attribution::possessive, "3:36");
  check_value(e, e.one("memory_size", "48 GB"), "nvidia-l40s", 48, Unit::GB, Attribution::possessive, "5:44");
  // A figure already given to the possessive leaves the next one to the section.
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::heading, "7:38");
  // Another product's figure belongs to nobody we know.
  CHECK(e.with_field("memory_size").size() == 1);
}

TEST_CASE("GFM table: GPUs across the header row, fields down the first column", "[claims]") {
  auto e = extract_text(
      "# Specs\n"
      "\n"
      "| Spec | L4 | RTX 4090 |\n"
      "|---|---|---|\n"
      "| Memory bandwidth | 300 GB/s | 1008 GB/s |\n"
      "| Recommended system power (PSU) | 300 W | 850 W |\n"
      "| Width | 69 mm | 137 mm |\n");
  check_value(e, e.one("memory_bandwidth", "300 GB/s"), "nvidia-l4", 300, Unit::GB_per_s, Attribution::table_header,
              "5:22");
  check_value(e, e.one("memory_bandwidth", "1008 GB/s"), "nvidia-geforce-rtx-4090", 1008, Unit::GB_per_s,
              Attribution::table_header, "5:33");
  // The PSU and width rows name nothing that is checked.
  INFO(e.dump());
  CHECK(e.with_field("tdp").empty());
  CHECK(e.with_field("length").empty());
  CHECK(e.claims().size() == 2);
}

TEST_CASE("GFM table: GPUs down the first column, fields across the header row", "[claims]") {
  auto e = extract_text(
      "| GPU | VRAM | TDP |\n"
      "|---|---|---|\n"
      "| L4 | 24 GB | 72 W |\n"
      "| L40S | 48 GB | 350 W |\n");
  check_value(e, e.one("memory_size", "48 GB"), "nvidia-l40s", 48, Unit::GB, Attribution::table_header, "4:10");
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::table_header, "3:16");
  CHECK(e.claims().size() == 4);
}

TEST_CASE("a one-line inline HTML table inside Markdown points at its cells' bytes", "[claims]") {
  auto e = extract_text(
      "# L4 and L40S\n"
      "\n"
      "<table><tr><th>Spec</th><th>L4</th><th>L40S</th></tr><tr><td>Thermal Design Power (TDP)</td>"
      "<td>72 W</td><td>350 W</td></tr></table>\n");
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::table_header, "3:97");
  check_value(e, e.one("tdp", "350 W"), "nvidia-l40s", 350, Unit::W, Attribution::table_header, "3:110");
}

TEST_CASE("a two-column key/value table is about the section's GPU", "[claims]") {
  auto e = extract_text(
      "## NVIDIA L40S\n"
      "\n"
      "| Spec | Value |\n"
      "|---|---|\n"
      "| VRAM | 48 GB |\n"
      "| Display Connectors | None |\n"
      "| Price | $7,500 |\n");
  check_value(e, e.one("memory_size", "48 GB"), "nvidia-l40s", 48, Unit::GB, Attribution::heading, "5:10");
  const auto& outputs = e.one("display_outputs", "None");
  CHECK(outputs.text_value == "none");
  CHECK(outputs.gpu.id == "nvidia-l40s");
  CHECK(e.claims().size() == 2);
}

TEST_CASE("bold list lead: later sentences of the item are about the lead's GPU", "[claims]") {
  auto e = extract_text(
      "# Cards\n"
      "\n"
      "- **NVIDIA L4**: a low-profile card. It has a 192-bit bus.\n"
      "- **Memory Bandwidth**: 864 GB/s on the L40S.\n");
  check_value(e, e.one("memory_bus_width", "192-bit"), "nvidia-l4", 192, Unit::bit, Attribution::list_lead, "3:47");
  // A field lead names the field; the GPU comes from the sentence.
  check_value(e, e.one("memory_bandwidth", "864 GB/s"), "nvidia-l40s", 864, Unit::GB_per_s, Attribution::same_clause,
              "4:25");
}

TEST_CASE("\"(A vs B)\" pairs give the second value to the counterpart", "[claims]") {
  auto e = extract_text("# L4 vs L40S\n\nThe L4 sips power (72 W vs 350 W).\n");
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::same_clause, "3:20");
  check_value(e, e.one("tdp", "350 W"), "nvidia-l40s", 350, Unit::W, Attribution::pair, "3:28");
  CHECK(e.claims().size() == 2);
}

TEST_CASE("heading: a section titled with a GPU owns the numbers under it", "[claims]") {
  auto e = extract_text(
      "# Two cards\n"
      "\n"
      "## RTX 4090\n"
      "\n"
      "It has 16,384 CUDA cores.\n"
      "\n"
      "### Memory\n"
      "\n"
      "It carries 24 GB of GDDR6X.\n");
  check_value(e, e.one("cuda_cores", "16,384"), "nvidia-geforce-rtx-4090", 16384, Unit::none, Attribution::heading,
              "5:8");
  // A deeper heading without a GPU leaves the section's GPU in charge.
  check_value(e, e.one("memory_size", "24 GB"), "nvidia-geforce-rtx-4090", 24, Unit::GB, Attribution::heading, "9:12");
  CHECK(e.one("memory_type", "GDDR6X").gpu.id == "nvidia-geforce-rtx-4090");
}

TEST_CASE("a pronoun sentence is about the GPU of the sentence before it, not the heading's", "[claims]") {
  auto e = extract_text(
      "# NVIDIA L4 review\n"
      "\n"
      "The RTX 4090 is a gaming card. It draws 450 W.\n"
      "\n"
      "The L4 is slower than the RTX 4090. It draws 72 W.\n"
      "\n"
      "It has 24 GB of memory.\n");
  check_value(e, e.one("tdp", "450 W"), "nvidia-geforce-rtx-4090", 450, Unit::W, Attribution::previous_sentence,
              "3:41");
  check_value(e, e.one("tdp", "72 W"), "nvidia-l4", 72, Unit::W, Attribution::previous_sentence, "5:46");
  // A new paragraph starts over from the heading.
  check_value(e, e.one("memory_size", "24 GB"), "nvidia-l4", 24, Unit::GB, Attribution::heading, "7:8");
}

TEST_CASE("a paragraph opening with a pronoun goes on about the one GPU the paragraph before named", "[claims]") {
  auto e = extract_text(
      "# Units\n"
      "\n"
      "The RTX 4090 has 16,384 CUDA cores.\n"
      "\n"
      "It computes 82.6 TFLOPS of FP32.\n"
      "\n"
      "The L4 sits between the RTX 4090 and the L40S.\n"
      "\n"
      "It draws 72 W.\n");
  check_value(e, e.one("fp32_tflops", "82.6 TFLOPS"), "nvidia-geforce-rtx-4090", 82.6, Unit::TFLOPS,
              Attribution::previous_sentence, "5:13");
  // Three GPUs before it: "it" could be any of them, so only the page's subject may claim it.
  for (const auto* c : e.with_field("tdp")) CHECK(c->gpu.attributed_by == Attribution::page_subject);
}

TEST_CASE("page subject: the front-matter title names the GPU", "[claims]") {
  auto e = extract_text("---\ntitle: NVIDIA L4 in practice\n---\n\nIt has 24 GB of memory.\n");
  check_value(e, e.one("memory_size", "24 GB"), "nvidia-l4", 24, Unit::GB, Attribution::page_subject, "5:8");
}

TEST_CASE("no GPU anywhere: numbers are not claims about anything", "[claims]") {
  auto e = extract_text("# Buying guide\n\nA good card has 24 GB of memory and draws 72 W.\n");
  INFO(e.dump());
  CHECK(e.claims().empty());
}

TEST_CASE("unknown GPU names give unresolved claims and are listed", "[claims]") {
  auto e = extract_text("# Rumours\n\nThe RTX 9999 has 32 GB of memory.\n");
  const auto& c = e.one("memory_size", "32 GB");
  CHECK_FALSE(c.gpu.resolved());
  CHECK(c.gpu.mention == "RTX 9999");
  CHECK(e.result.unresolved_mentions == std::vector<std::string>{"RTX 9999"});
}

TEST_CASE("family names keep every member", "[claims]") {
  auto e = extract_text("# Notes\n\nThe H100 has 80 GB of HBM3.\n");
  const auto& c = e.one("memory_size", "80 GB");
  CHECK(c.gpu.id == "nvidia-h100");
  CHECK(c.gpu.members == std::vector<std::string>{"nvidia-h100-pcie", "nvidia-h100-sxm5"});
  CHECK(e.one("memory_type", "HBM3").gpu.id == "nvidia-h100");
}

TEST_CASE("numbers that are not spec claims", "[claims]") {
  auto e = extract_text(
      "# NVIDIA L4 notes\n"
      "\n"
      "The L4 costs $2,500 and needs a 300 W PSU.\n"
      "\n"
      "8\xC3\x97 L4 in a 2U server pulling under 600 W total.\n"
      "\n"
      "Pair the L4 with 64 GB of system RAM and a PCIe 4.0 x16 slot.\n"
      "\n"
      "```\n"
      "The L4 has 99 GB of memory.\n"
      "```\n");
  INFO(e.dump());
  CHECK(e.with_field("tdp").empty());
  CHECK(e.with_field("memory_size").empty());
  // The link is named with a slot: an interface value, not a ratio or a count.
  for (const auto& c : e.claims()) CHECK(c.field == "interface");
}

TEST_CASE("sparsity words qualify only the figure before them, across words like FP16", "[claims]") {
  auto e = extract_text("# NVIDIA L4 notes\n\nThe L4 reaches 121 TFLOPS FP16 tensor dense and 242 TFLOPS FP16 tensor with sparsity.\n");
  INFO(e.dump());
  const auto& dense = e.one("fp16_tensor_tflops", "121 TFLOPS");
  CHECK(dense.says_dense);
  CHECK_FALSE(dense.says_sparse);
  const auto& sparse = e.one("fp16_tensor_tflops", "242 TFLOPS");
  CHECK(sparse.says_sparse);
  CHECK_FALSE(sparse.says_dense);
}

TEST_CASE("'this card' after a GPU set aside by a comparison is the page's card", "[claims]") {
  auto x = extract_test::extract_text(
      "# RTX A5000 review\n\nCompared to an RTX 4070 at 200 W, this card only demands 230 W. It draws less than the RTX 4090.\n\n"
      "The RTX 4090 is huge, and this card draws 450 W.\n");
  INFO(x.dump());
  CHECK(x.one("tdp", "200 W").gpu.id == "nvidia-geforce-rtx-4070");
  CHECK(x.one("tdp", "230 W").gpu.id == "nvidia-rtx-a5000");
  // Without a comparison word "this card" is the GPU just named.
  CHECK(x.one("tdp", "450 W").gpu.id == "nvidia-geforce-rtx-4090");
}

TEST_CASE("\"refresh of X\": the GPU after the word is what the subject replaced", "[claims]") {
  auto e = extract_text(
      "# NVIDIA L40S\n"
      "\n"
      "A refresh of the RTX A5000 with 48 GB of GDDR6.\n"
      "\n"
      "The RTX 4090 is a successor to the RTX A5000 with 24 GB.\n");
  // No subject in the sentence: the heading's GPU, not the one refreshed.
  check_value(e, e.one("memory_size", "48 GB"), "nvidia-l40s", 48, Unit::GB, Attribution::heading, "3:33");
  // A subject named before "successor to" keeps the figure.
  CHECK(e.one("memory_size", "24 GB").gpu.id == "nvidia-geforce-rtx-4090");
}
