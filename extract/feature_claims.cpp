// Feature claims in prose; tested in tests/extract/feature_claims_test.cpp.
#include "extract/feature_claims.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "core/feature.h"
#include "extract/attribution.h"

namespace extract {
namespace {

struct FeaturePattern {
  const core::FeatureInfo* feature;
  std::unique_ptr<RE2> words;
};

const std::vector<FeaturePattern>& patterns() {
  static const std::vector<FeaturePattern> list = [] {
    std::vector<FeaturePattern> out;
    for (const auto& f : core::features()) {
      out.push_back({&f, std::make_unique<RE2>("(?i)(" + std::string(f.words) + ")")});
    }
    return out;
  }();
  return list;
}

// Words between the verb and the feature that keep the verb's meaning: "has no native FP8",
// "supports 4th-gen NVLink", "lacks the NVLink bridge".
constexpr const char* kFiller = "(?:(?:an?|the|its|their|any|native|hardware|full|official|proper|onboard|on-board|dedicated|"
                                "(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)[- ]gen(?:eration)?)\\s+)*";

std::string negative_before() {
  return std::string("(?i)((?:\\b(?:(?:has|have|had|with|offers?|gets?) no|no|lacks?|lacking|lacked|without|omits?|omitted|drops?|dropped|(?:does|do|did)(?: not|n't)"
                     " (?:support|have|offer|include|feature|get)|(?:has|have|had)(?: not|n't)(?: got)?|"
                     "not support|no support for|never (?:had|has|have|got|gets|supported|supports|offered|offers|shipped with)|non)|\\bnon-)\\s*") +
         kFiller + ")$";
}

std::string positive_before() {
  return std::string("(?i)(\\b(?:supports|supported|supporting|support for|has|have|offers|offering|adds|added|adding|"
                     "features|featuring|includes|including|brings|gains|gained|introduces|introduced|enables|"
                     "comes with|ships with|equipped with|capable of|keeps|kept|retains|retained|"
                     // "the T4 can be partitioned with MIG"
                     "(?:can be |is )?partitioned (?:with|into|using|through|via))\\s+") +
         kFiller + ")$";
}

}  // namespace

void add_feature_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  const auto& doc = ctx.doc();
  const std::string& text = doc.blocks[block].text;
  static const RE2 neg_before(negative_before());
  static const RE2 pos_before(positive_before());
  static const RE2 neg_after("(?i)^\\s*(?:is|are|was|were)\\s+(?:not|n't)\\s+(?:supported|available|present|included|offered)|"
                             "^\\s*(?:is|are|was|were)\\s+(?:absent|missing|unavailable|disabled|gone)\\b|^\\s*isn't\\s+(?:supported|available)");
  static const RE2 pos_after("(?i)^(?:\\s*(?:is|are)\\s+(?:supported|available|present|included|enabled)\\b|-(?:capable|enabled|ready)\\b)");
  // A negation earlier in the clause turns "supports" around ("neither ... nor ... supports").
  static const RE2 turned("(?i)\\b(?:not|never|neither|nor|no longer|n't)\\b|n't\\b");
  // The clause is about a generation, a predecessor or GPUs in general, not this GPU.
  static const RE2 elsewhere(
      "(?i)\\b(?:previous|prior|older|predecessors?|earlier|last[- ]gen\\w*|next[- ]gen\\w*|successors?|consumer cards|"
      "gaming cards|geforce cards|most|many|some|other|others|ampere|hopper|ada|lovelace|blackwell|turing|volta|pascal|"
      "rdna ?\\d|cdna ?\\d|need|needs|require|requires|want|if|unless|whether|"
      // A belief reported, not stated: "some buyers assume the card has NVLink; it does not".
      "assumes?|assumed|thinks?|thought|believes?|believed|expects?|expected|claims?|claimed|hoped|wish(?:es|ed)?)\\b");
  for (const auto& sentence : ctx.sentences(block)) {
    for (const auto& clause : split_clauses(text, sentence)) {
      const std::string_view part(text.data() + clause.begin, clause.end - clause.begin);
      for (const auto& p : patterns()) {
        re2::StringPiece input(part.data(), part.size());
        re2::StringPiece word;
        while (RE2::FindAndConsume(&input, *p.words, &word)) {
          const size_t fb = static_cast<size_t>(word.data() - text.data());
          const size_t fe = fb + word.size();
          const std::string_view before(text.data() + clause.begin, fb - clause.begin);
          const std::string_view after(text.data() + fe, clause.end - fe);
          re2::StringPiece before_piece(before.data(), before.size());
          re2::StringPiece after_piece(after.data(), after.size());
          std::optional<bool> supports;
          size_t begin = fb, end = fe;
          // The claim's span runs from the verb phrase that says it ("has no", "does not
          // support", "supports") through the feature word, so a fix replaces the phrase whole.
          re2::StringPiece verb;
          if (RE2::PartialMatch(before_piece, neg_before, &verb)) {
            supports = false;
          } else if (RE2::PartialMatch(after_piece, neg_after)) {
            supports = false;
            verb = re2::StringPiece();
          } else if (RE2::PartialMatch(before_piece, pos_before, &verb) || RE2::PartialMatch(after_piece, pos_after)) {
            if (!RE2::PartialMatch(before_piece, turned)) supports = true;
          }
          if (!supports) continue;
          // "A100: no NVLink bridges installed": what a site fitted, not what the GPU has.
          static const RE2 fitted("(?i)^s?\\s*(?:bridges?|links?|cables?|switch(?:es)?)?\\s*(?:are\\s+|is\\s+|were\\s+)?(?:installed|fitted|attached|connected|in use|used|populated|configured|enabled here|ordered|bought)\\b");
          if (RE2::PartialMatch(after_piece, fitted)) continue;
          // GPU names are blanked first: "RTX 6000 Ada" names a card, not a generation.
          std::string unnamed(before);
          for (const auto& m : ctx.mentions(block)) {
            for (size_t i = std::max(m.begin, clause.begin); i < std::min(m.end, fb); ++i) unnamed[i - clause.begin] = ' ';
          }
          if (RE2::PartialMatch(unnamed, elsewhere)) continue;
          if (!verb.empty()) begin = static_cast<size_t>(verb.data() - text.data());
          bool taken = false;
          for (const auto& c : out) {
            if (c.block == static_cast<int>(block) && c.field == p.feature->field && c.block_begin < fe && fb < c.block_end) taken = true;
          }
          if (taken) continue;
          auto gpu = attribute(ctx, block, fb, sentence);
          if (!gpu) continue;
          Claim c;
          c.kind = ClaimKind::value;
          c.field = std::string(p.feature->field);
          c.gpu = *gpu;
          c.feature = std::string(p.feature->name);
          c.supports = supports;
          c.text_value = *supports ? "yes" : "no";
          place_claim(c, doc, block, begin, end, sentence);
          out.push_back(std::move(c));
        }
      }
    }
  }
}

}  // namespace extract
