// Subjects a block takes from the block before it; tested through tests/cases/attribution.
#include "extract/neighbour_subjects.h"

#include <algorithm>
#include <string_view>

namespace extract {

std::optional<GpuRef> one_gpu_named(const DocumentContext& ctx, size_t block, bool or_unknown) {
  std::optional<GpuRef> only;
  std::optional<GpuRef> unknown;  // "Arc A770 16GB LE": a card the catalog cannot name
  for (const auto& m : ctx.mentions(block)) {
    if (m.predecessor) continue;
    GpuRef r = ctx.mention_ref(block, m, Attribution::previous_sentence);
    if (m.entry < 0) {
      if (!unknown) unknown = r;
      continue;
    }
    if (only && !same_gpu(*only, r)) return std::nullopt;
    only = r;
  }
  return only || !or_unknown ? only : unknown;
}

// "The Tesla P40 is the sweet spot:" then "24 GB at 347 GB/s.": a paragraph that ends with a
// colon introduces the next one, which goes on about the one GPU it named.
std::optional<GpuRef> introduced_subject(const DocumentContext& ctx, size_t block) {
  if (block == 0 || ctx.doc().blocks[block].kind != core::BlockKind::paragraph) return std::nullopt;
  const auto& prev = ctx.doc().blocks[block - 1];
  if (prev.kind != core::BlockKind::paragraph) return std::nullopt;
  const size_t last = prev.text.find_last_not_of(" \t\n");
  if (last == std::string::npos || prev.text[last] != ':') return std::nullopt;
  return one_gpu_named(ctx, block - 1, false);
}

// "Rig: Z690 | RTX 3080 10GB FE | 850W" then "Notes: 8704 CUDA cores still slap.": on a text
// page a line right under one that names a single GPU goes on about it (Markdown would have
// made the two lines one paragraph).
std::optional<GpuRef> adjacent_line_subject(const DocumentContext& ctx, size_t block) {
  const auto& doc = ctx.doc();
  if (block == 0) return std::nullopt;
  const auto& cur = doc.blocks[block];
  const auto& prev = doc.blocks[block - 1];
  // The next item of a list goes on about the GPU the item before it named
  // ("1. ... the H100 SXM5 GPUs hovered at 610 to 690 W" / "2. ... the 1,980 MHz boost").
  // An item with a lead of its own ("**OCuLink** carries PCIe 4.0 x4") is about its lead.
  const bool next_item = cur.kind == core::BlockKind::list_item && prev.kind == core::BlockKind::list_item && !ctx.lead(block);
  if (next_item) return one_gpu_named(ctx, block - 1, true);
  if (doc.format != "text" && doc.format != "pdf") return std::nullopt;
  // "The RX 6800 XT is good." / "Yes." / "The card has 72 CUs.": the lines run on as one
  // paragraph, so a line that names nothing passes the subject on. A few lines at most.
  constexpr size_t kLinesBack = 3;
  for (size_t k = block; k > 0 && block - k < kLinesBack; --k) {
    const auto& later = doc.blocks[k];
    const auto& earlier = doc.blocks[k - 1];
    if (earlier.kind != core::BlockKind::paragraph && earlier.kind != core::BlockKind::list_item) return std::nullopt;
    const size_t from = earlier.span().end, to = later.span().begin;
    if (from > to) return std::nullopt;
    const std::string_view gap = doc.source.bytes().substr(from, to - from);
    if (std::count(gap.begin(), gap.end(), '\n') != 1) return std::nullopt;
    if (!ctx.mentions(k - 1).empty()) return one_gpu_named(ctx, k - 1, true);
  }
  return std::nullopt;
}

}  // namespace extract
