// Pairs a list of GPUs with a list of figures of one field, in order; tested in tests/extract/respective_lists_test.cpp.
#include "extract/respective_lists.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>

namespace extract {
namespace {

bool matches(std::string_view s, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re); }

struct Run {
  size_t begin = 0, end = 0;  // text offsets of the first item's start and the last item's end
  std::vector<GpuRef> gpus;
};

// "A, B and C", "A, B, and C", "A & B": the joints of a list of names, nothing else between.
const RE2& gpu_joint() {
  static const RE2 re("(?i)^\\s*(?:,\\s*(?:and\\s+|&\\s*)?|and\\s+|&\\s*)(?:the\\s+|an?\\s+)?$");
  return re;
}

// The joints of a list of figures: "24 GB, 16 GB and 12 GB", "24, 16 and 12 GB".
const RE2& value_joint() {
  static const RE2 re("(?i)^\\s*(?:,\\s*(?:and\\s+|&\\s*)?|and\\s+|&\\s*)$");
  return re;
}

std::vector<Run> gpu_runs(const DocumentContext& ctx, size_t block, Range sentence) {
  const std::string& text = ctx.doc().blocks[block].text;
  std::vector<Run> runs;
  std::optional<Run> cur;
  auto close = [&] {
    if (cur && cur->gpus.size() >= 2) runs.push_back(*cur);
    cur.reset();
  };
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.entry < 0 || m.possessive || m.predecessor) {
      close();
      continue;
    }
    GpuRef r = ctx.mention_ref(block, m, Attribution::respective);
    const bool joins = cur && m.begin >= cur->end &&
                       matches(std::string_view(text).substr(cur->end, m.begin - cur->end), gpu_joint()) &&
                       std::none_of(cur->gpus.begin(), cur->gpus.end(), [&](const GpuRef& g) { return same_gpu(g, r); });
    if (!joins) {
      close();
      cur = Run{m.begin, m.end, {}};
    }
    cur->end = m.end;
    cur->gpus.push_back(std::move(r));
  }
  close();
  return runs;
}

}  // namespace

void pair_respective_values(const DocumentContext& ctx, size_t block, std::vector<Claim>& claims, size_t first) {
  const std::string& text = ctx.doc().blocks[block].text;
  // "Unlike the RTX 3090 and RTX 3080, ...": a list set against the subject is not its owner.
  static const RE2 set_against(
      "(?i)\\b(?:than|vs\\.?|versus|compared (?:to|with)|against|unlike|over|beats?|outperforms?|from|replac(?:es|ed|ing)|"
      "succeed(?:s|ed)?|successors? (?:to|of))\\s+(?:the\\s+)?$");
  // "between 115 W and 200 W" is a range; "40 GB and 80 GB versions" are one GPU's options.
  static const RE2 range_before("(?i)\\b(?:between|from|either)\\s+$");
  static const RE2 options_after("(?i)^\\s*(?:variants?|versions?|options?|configurations?|models?|flavou?rs?|skus?|editions?|cards?|boards?|or)\\b");
  for (const auto& sentence : ctx.sentences(block)) {
    const auto runs = gpu_runs(ctx, block, sentence);
    if (runs.empty()) continue;
    std::vector<size_t> in_sentence;
    for (size_t i = first; i < claims.size(); ++i) {
      const Claim& c = claims[i];
      if (c.block != static_cast<int>(block) || c.kind != ClaimKind::value || !sentence.contains(c.block_begin)) continue;
      if (!c.quantity && c.text_value.empty()) continue;
      in_sentence.push_back(i);
    }
    std::sort(in_sentence.begin(), in_sentence.end(), [&](size_t a, size_t b) { return claims[a].block_begin < claims[b].block_begin; });
    for (size_t k = 0; k < in_sentence.size();) {
      // The longest list of one field's figures from k on.
      size_t e = k + 1;
      while (e < in_sentence.size()) {
        const Claim& prev = claims[in_sentence[e - 1]];
        const Claim& next = claims[in_sentence[e]];
        if (next.field != prev.field || next.block_begin < prev.block_end ||
            !matches(std::string_view(text).substr(prev.block_end, next.block_begin - prev.block_end), value_joint())) {
          break;
        }
        ++e;
      }
      const size_t n = e - k;
      const size_t from = claims[in_sentence[k]].block_begin, to = claims[in_sentence[e - 1]].block_end;
      const size_t start = k;
      k = e;
      if (n < 2) continue;
      // The nearest list of as many GPUs before the figures, with no other name between.
      const Run* owner = nullptr;
      for (const auto& r : runs) {
        if (r.end <= from) owner = &r;
      }
      if (!owner || owner->gpus.size() != n) continue;
      const bool name_between = std::any_of(ctx.mentions_in(block, sentence).begin(), ctx.mentions_in(block, sentence).end(),
                                            [&](const Mention& m) { return m.begin >= owner->end && m.begin < from; });
      if (name_between) continue;
      if (matches(std::string_view(text).substr(sentence.begin, owner->begin - sentence.begin), set_against)) continue;
      if (matches(std::string_view(text).substr(sentence.begin, from - sentence.begin), range_before)) continue;
      if (matches(std::string_view(text).substr(to, sentence.end - to), options_after)) continue;
      // Each figure was given to one of the listed GPUs (the nearest); one given elsewhere
      // was read so on purpose ("grew from 6 MB to 72 MB").
      bool all_listed = true;
      for (size_t j = start; j < e; ++j) {
        const GpuRef& g = claims[in_sentence[j]].gpu;
        all_listed = all_listed && std::any_of(owner->gpus.begin(), owner->gpus.end(), [&](const GpuRef& r) { return same_gpu(g, r); });
      }
      if (!all_listed) continue;
      for (size_t j = 0; j < n; ++j) claims[in_sentence[start + j]].gpu = owner->gpus[j];
    }
  }
}

}  // namespace extract
