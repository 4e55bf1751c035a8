// Counts written as words before a count field's noun; tested in tests/extract/word_counts_test.cpp.
#include "extract/word_counts.h"

#include <re2/re2.h>

#include <algorithm>

#include <array>
#include <string>

#include "extract/attribution.h"
#include "extract/field_cues.h"

namespace extract {
namespace {

std::optional<int> word_number(std::string word) {
  static constexpr std::array<const char*, 15> words = {"two",   "three", "four",   "five",   "six",      "seven",   "eight", "nine",
                                                         "ten",   "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"};
  for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (size_t i = 0; i < words.size(); ++i) {
    if (word == words[i]) return static_cast<int>(i) + 2;
  }
  return std::nullopt;
}

}  // namespace

void add_word_count_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  // The noun right after the word, as a spec table would head the column.
  static const RE2 count(
      "(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\\s+"
      "((?:(?:[a-z0-9]+[- ])?(?:nvenc|nvdec)\\s+(?:engines?|units?|encoders?|decoders?|blocks?)?|nvenc|nvdec|"
      "(?:video\\s+)?(?:encode|decode)\\s+engines?|(?:video\\s+)?(?:encoders?|decoders?)|hbm\\w*\\s+stacks|memory\\s+stacks|mig\\s+(?:instances?|slices?|partitions?)))");
  const auto& doc = ctx.doc();
  const std::string& text = doc.blocks[block].text;
  for (const auto& sentence : ctx.sentences(block)) {
    re2::StringPiece input(text.data() + sentence.begin, sentence.end - sentence.begin);
    re2::StringPiece word, noun;
    while (RE2::FindAndConsume(&input, count, &word, &noun)) {
      const auto n = word_number(std::string(word));
      // "five HBM3⏎stacks": a soft line break inside the noun is a space.
      std::string noun_words(noun.data(), noun.size());
      std::replace(noun_words.begin(), noun_words.end(), '\n', ' ');
      const auto field = field_from_header(noun_words);
      if (!n || !field || field->empty()) continue;
      const size_t begin = static_cast<size_t>(word.data() - text.data());
      auto gpu = attribute(ctx, block, begin, sentence);
      if (!gpu) continue;
      Claim c;
      c.kind = ClaimKind::value;
      c.field = *field;
      c.gpu = *gpu;
      c.quantity = core::Quantity{};
      c.quantity->value = *n;
      place_claim(c, doc, block, begin, begin + word.size(), sentence);
      out.push_back(std::move(c));
    }
  }
}

}  // namespace extract
