// Claim: one checkable statement found in a document; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/quantity.h"
#include "core/span.h"

namespace extract {

enum class ClaimKind { value, comparison, ratio, arithmetic, feasibility };
const char* to_string(ClaimKind kind);

// How the GPU of a claim was decided, strongest first (the order the extractor tries).
enum class Attribution {
  same_clause,   // a GPU named in the claim's own clause
  possessive,    // "RTX 4090's 1 TB/s"
  table_header,  // the table column (or row) header names the GPU
  list_lead,     // a bold lead: "**NVIDIA L4**: ..."
  previous_sentence,  // "The RTX 4090 is a gaming card. It draws 450 W."
  pair,          // "(72 W vs 285 W)": second value goes to the counterpart
  parenthetical, // "RTX 5070 (12GB GDDR7)": a figure in brackets right after the name
  respective,    // "The RTX 4090 and RTX 4080 carry 24 GB and 16 GB": the figure at the same place in the list
  demonstrative, // "Compared to an RTX 4070 at 200 W, this card demands 130 W": the page's card
  heading,       // the nearest heading names the GPU
  page_subject,  // the title / first heading / front matter
  none,
};
const char* to_string(Attribution a);

// Which GPU a claim is about: a catalog id, or family members, or an unresolved name.
struct GpuRef {
  std::string id;                       // catalog id, or family id when `members` is set
  std::vector<std::string> members;     // family members when the name names a family
  std::string mention;                  // the text that named it
  Attribution attributed_by = Attribution::none;
  bool resolved() const { return !id.empty(); }
};

// One side of a comparison or ratio as the document states it.
struct Operand {
  GpuRef gpu;
  std::optional<core::Quantity> stated;  // "(72 W vs 285 W)" gives each side a number
  core::Span span;
};

struct Claim {
  ClaimKind kind = ClaimKind::value;
  std::string field;  // vocabulary word; for non-value kinds the field compared ("memory_bandwidth")
  GpuRef gpu;

  // value claims
  std::optional<core::Quantity> quantity;
  std::string text_value;  // enumerated values: "Ampere", "GDDR6X", "none", "1x HDMI 2.1, 3x DisplayPort 1.4a"
  bool says_sparse = false;  // "with sparsity" next to a tensor figure
  bool says_dense = false;
  // "it's rated to 26.7 TFLOPs": a throughput whose sentence names no precision. It is read
  // as FP32, the shader rate consumer pages quote, and any precision the GPU has explains it.
  bool precision_unnamed = false;
  // An architecture the words right around the figure give it to ("Hopper offered 900 GB/s",
  // "900 GB/s on Hopper"), canonical ("Hopper"); empty when none. A GPU of another
  // architecture is then not the figure's owner.
  std::string generation_named;
  // A narrower catalog field the words name (narrower_field.h: bf16_tensor_tflops for a
  // "BF16" figure filed as FP16 Tensor); judged by it where the GPU's record has it.
  std::string narrower_field;
  // The sentence or its section names a board partner's card ("RTX 4060 Ti 16GB AMP",
  // "ASUS TUF"): its clocks and power are the partner's, not the reference card's.
  bool partner_card = false;
  // The sentence says the figure is a rating ("rated at", "TGP", "maximum"); a table's figure
  // is taken as one. A laptop figure said without such words may be a maker's setting.
  bool says_rating = true;
  // The sentence calls the figure the most the GPU allows ("up to seven MIG instances",
  // "a maximum of 7"), as opposed to a setting under it.
  bool says_limit = false;
  // "250 W, the same as the RTX 5070": the sentence gives this value to the other GPU too,
  // so being right for that one does not excuse it for this one.
  bool shared_with_other = false;
  // A feature claim ("no NVLink", "supports FP8"): the feature's name in core::features()
  // and whether the writer says the GPU has it. `field` is the catalog field that shows it.
  std::string feature;
  std::optional<bool> supports;

  // comparison: subject `relation` other ("higher", "lower", "newer", "better")
  // ratio: subject = factor x other
  std::string relation;
  Operand subject;
  std::vector<Operand> others;  // several for "below A's x, B's y and C's z"
  std::optional<core::Quantity> factor;
  // comparison by an amount: "1 GB less VRAM than the Quadro RTX 6000" (subject - other = -1 GB)
  std::optional<core::Quantity> difference;

  // arithmetic: "514 x 0.70 = 360", "3,000-5,000 hours = 4-7 months"
  std::string expression;
  std::vector<core::Quantity> operands;
  std::string op;  // "*", "/", "+", "-", "convert"
  std::optional<core::Quantity> result;

  // feasibility: "24 GB fits 70B Q4"
  double model_params_billion = 0;
  double bits_per_weight = 0;
  std::optional<core::Quantity> memory;  // memory the sentence states, if any

  // How sure the extractor is of the GPU (0..1): an explicit possessive or table cell is
  // near 1, "previous sentence" or "page subject" lower, the object side of a comparison
  // lower still. Only confident claims become errors (rules/innocent_readings.h).
  double confidence = 1.0;
  std::string confidence_reason;  // why it is below 1 ("" when it is not)
  // A figure that is not one GPU's total: "per_unit" ("4 MB per XCD", "128 cores each"),
  // "system" ("DGX B200 ... 1,440 GB", "~14.3 kW system"), "difference" ("50 W lower"),
  // "ratio_unit" ("per watt", "per dollar"). Empty for a plain spec figure.
  std::string scope;
  // Catalog ids (families expanded) of the GPUs named near the claim: its sentence or table
  // row and header, the section heading and the page subjects. Innocent readings test them.
  std::vector<std::string> nearby_gpus;
  std::vector<std::string> sentence_gpus;  // those named in the claim's own sentence
  // GPUs the sentence plainly gives a different value of this field (rival_claims.h): the
  // value cannot be theirs, so being right for one of them excuses nothing.
  std::vector<std::string> rivals;

  core::Span span;      // the claim's exact bytes in the source
  std::string text;     // those bytes
  core::Span sentence;  // the sentence around it
  int block = -1;       // index into Document::blocks
  size_t block_begin = 0, block_end = 0;  // the claim's offsets in that block's text
};

struct FileClaims {
  std::vector<Claim> claims;
  std::vector<std::string> unresolved_mentions;  // GPU-like names not in the catalog
};

}  // namespace extract
