// Stated operations with stated results, and model-fits-in-memory statements; tested in tests/extract/arithmetic_claims_test.cpp.
#include "extract/arithmetic_claims.h"

#include <re2/re2.h>

#include <optional>

#include "extract/attribution.h"
#include "extract/quantity_parser.h"

namespace extract {
namespace {

core::Quantity number(re2::StringPiece s) {
  core::Quantity q;
  int decimals = 0;
  parse_number(std::string_view(s.data(), s.size()), q.value, decimals);
  q.decimals = decimals;
  return q;
}

}  // namespace

void add_arithmetic_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  static const std::string num = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  // "514 × 0.70 (Estimated-confidence discount) = 360"
  static const RE2 operation(num + "\\s*(×|x|\\*|/|\\+|−|-)\\s*" + num + "(?:\\s*\\([^()]*\\))?\\s*=\\s*~?" + num);
  // "3,000-5,000 hours = 4-7 months"
  static const RE2 conversion("~?" + num + "(?:\\s*-\\s*" + num + ")?\\s*(hours|days|weeks|months|years)\\s*=\\s*~?" + num +
                              "(?:\\s*-\\s*" + num + ")?\\s*(hours|days|weeks|months|years)");
  const std::string& text = ctx.doc().blocks[block].text;
  re2::StringPiece input(text.data(), text.size());
  for (const auto& sentence : ctx.sentences(block)) {
    re2::StringPiece g[8];
    size_t pos = sentence.begin;
    while (pos < sentence.end && operation.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 5)) {
      const size_t begin = static_cast<size_t>(g[0].data() - text.data());
      pos = begin + g[0].size();
      if (begin > 0 && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) continue;
      // "2 x 80 x 8 x 128 = ...", "0.6 x 3350 / 35 = 57": the match is the tail of a longer
      // chain, whose result is not this last operation's. Chains are left unchecked.
      static const RE2 operator_before("(?:×|x|\\*|/|\\+|−|-|\\()\\s*$");
      if (RE2::PartialMatch(re2::StringPiece(text.data() + sentence.begin, begin - sentence.begin), operator_before)) continue;
      Claim c;
      c.kind = ClaimKind::arithmetic;
      c.field = "arithmetic";
      std::string op(g[2].data(), g[2].size());
      c.op = (op == "×" || op == "x" || op == "*") ? "*" : (op == "−" ? "-" : op);
      c.operands = {number(g[1]), number(g[3])};
      c.result = number(g[4]);
      c.expression = std::string(g[0].data(), g[0].size());
      if (auto gpu = sentence_subject(ctx, block, sentence, begin)) c.gpu = *gpu;
      place_claim(c, ctx.doc(), block, begin, pos, sentence);
      out.push_back(std::move(c));
    }
    pos = sentence.begin;
    while (pos < sentence.end && conversion.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 7)) {
      const size_t begin = static_cast<size_t>(g[0].data() - text.data());
      pos = begin + g[0].size();
      auto from_unit = core::unit_from_symbol(std::string(g[3].data(), g[3].size()));
      auto to_unit = core::unit_from_symbol(std::string(g[6].data(), g[6].size()));
      if (!from_unit || !to_unit) continue;
      Claim c;
      c.kind = ClaimKind::arithmetic;
      c.field = "arithmetic";
      c.op = "convert";
      core::Quantity from = number(g[1]);
      if (!g[2].empty()) {
        from.upper = number(g[2]).value;
        from.qualifier = core::Qualifier::range;
      }
      from.unit = *from_unit;
      core::Quantity to = number(g[4]);
      if (!g[5].empty()) {
        to.upper = number(g[5]).value;
        to.qualifier = core::Qualifier::range;
      }
      to.unit = *to_unit;
      c.operands = {from};
      c.result = to;
      c.expression = std::string(g[0].data(), g[0].size());
      place_claim(c, ctx.doc(), block, begin, pos, sentence);
      out.push_back(std::move(c));
    }
  }
}

void add_feasibility_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  // A model size with a stated precision: "70B Q4", "70B at 4-bit", "13B FP16".
  static const RE2 model("(?i)\\b(\\d+(?:\\.\\d+)?)\\s?B\\+?\\s*(?:at\\s+|in\\s+)?(?:Q(\\d)(?:_K(?:_[SML])?)?|(\\d{1,2})-?bit|INT(\\d{1,2})|FP(\\d{1,2})|BF(16))\\b");
  static const RE2 fits("(?i)\\b(fits?|fitting|single[- ]card|on (?:a|one) (?:single )?(?:card|gpu)|runs? (?:on|in)|loads?)\\b");
  static const RE2 negation("(?i)\\b(not|n't|cannot|can't|won't|doesn't|too (?:big|large)|never|no way)\\b");
  const std::string& text = ctx.doc().blocks[block].text;
  re2::StringPiece input(text.data(), text.size());
  std::optional<std::vector<FoundQuantity>> block_quantities;
  for (const auto& sentence : ctx.sentences(block)) {
    std::string_view s = std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin);
    re2::StringPiece sp(s.data(), s.size());
    if (!RE2::PartialMatch(sp, fits) || RE2::PartialMatch(sp, negation)) continue;
    // "A 70B at Q4 fits across two RTX 3090s": the memory of several cards, not one.
    static const RE2 several_cards(
        "(?i)\\b(?:across|split|shard\\w*|parallel|pair of|dual|multiple|several|both)\\b|"
        "\\b(?:two|three|four|five|six|seven|eight|[2-9]|1[0-6])\\s*(?:x\\s*)?(?:[A-Za-z]+\\s+){0,3}(?:[A-Za-z]*\\d{2,4}[A-Za-z]*s|gpus|cards|boards|accelerators)\\b");
    if (RE2::PartialMatch(sp, several_cards)) continue;
    re2::StringPiece g[7];
    if (!model.Match(input, sentence.begin, sentence.end, RE2::UNANCHORED, g, 7)) continue;
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    Claim c;
    c.kind = ClaimKind::feasibility;
    c.field = "feasibility";
    c.model_params_billion = std::stod(std::string(g[1].data(), g[1].size()));
    for (int i = 2; i <= 6; ++i) {
      if (!g[i].empty()) {
        c.bits_per_weight = std::stod(std::string(g[i].data(), g[i].size()));
        break;
      }
    }
    if (c.bits_per_weight <= 0) continue;
    // Memory the sentence itself states ("An L4's 24 GB fits ..."), before the model; the
    // GPU is whoever that memory belongs to.
    std::optional<size_t> memory_at;
    // Quantities are read once per block, and only for a block that has a fit claim at all.
    if (!block_quantities) block_quantities = find_quantities(text, ctx.number_style());
    for (const auto& q : in_range(*block_quantities, Range{sentence.begin, begin})) {
      if (q.quantity.dimension() == core::Dimension::bytes) {
        c.memory = q.quantity;
        memory_at = q.begin;
      }
    }
    auto gpu = memory_at ? attribute(ctx, block, *memory_at, sentence) : sentence_subject(ctx, block, sentence, begin);
    // "Llama 3 70B at FP16 fits on one MI300X": the GPU it fits on, named after the model.
    if (!memory_at) {
      static const RE2 fits_on("(?i)\\b(?:on|onto|in|into|inside)\\s+(?:a\\s+|an\\s+|one\\s+|the\\s+|single\\s+|a single\\s+)*$");
      for (const auto& m : ctx.mentions_in(block, sentence)) {
        if (m.begin < begin || m.entry < 0) continue;
        const std::string_view lead(text.data() + begin, m.begin - begin);
        if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), fits_on)) gpu = ctx.mention_ref(block, m, Attribution::same_clause);
        break;
      }
    }
    if (!gpu && !c.memory) continue;
    if (gpu) c.gpu = *gpu;
    place_claim(c, ctx.doc(), block, begin, begin + g[0].size(), sentence);
    out.push_back(std::move(c));
  }
}

}  // namespace extract
