// Attribution order of issue #4, applied to one position; tested in tests/extract/claim_builder_test.cpp.
#include "extract/attribution.h"

#include "extract/neighbour_subjects.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace extract {

const char* const kSameAs = "same (?:[\\w/.,-]+\\s+){0,3}as";

namespace {

bool only_space(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '~' && c != '\t') return false;
  }
  return true;
}

// The words before a GPU's name set it aside as the other side of a comparison ("Compared to
// an RTX 4070 ...", "Against the RX 7900 XT ...").
// "the same chip as the RTX 4090": the GPU after it is a yardstick, like the object of "than".

bool set_aside_by(std::string_view lead) {
  static const RE2 set_aside("(?i)(?:^|\\W)(?:compared (?:to|with)|unlike|versus|vs\\.?|against|next to|relative to)\\s+(?:the\\s+|an?\\s+)?$");
  return RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), set_aside);
}

// "Compared to an RTX 4070 at 200W, this card only demands 130W": in a review, "this card"
// after a GPU set aside by a comparison word is the page's (or section's) card, not the one
// compared with. Returns that subject when the sentence up to `pos` reads so.
std::optional<GpuRef> demonstrative_subject(const DocumentContext& ctx, size_t block, Range sentence, size_t pos) {
  const std::string& text = ctx.doc().blocks[block].text;
  static const RE2 demonstrative("(?i),\\s*(?:but\\s+|and\\s+)?(?:this|our|the reviewed) (?:card|gpu|board|model|chip|sample)\\b");
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin >= pos || m.entry < 0) break;
    std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
    if (!set_aside_by(lead)) continue;
    std::string_view after(text.data() + m.end, pos > m.end ? pos - m.end : 0);
    if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), demonstrative)) continue;
    std::optional<GpuRef> own = ctx.section_subject(block);
    if (!own) own = ctx.single_page_subject();
    if (!own || same_gpu(*own, ctx.mention_ref(block, m, Attribution::same_clause))) return std::nullopt;
    own->attributed_by = Attribution::demonstrative;
    return own;
  }
  return std::nullopt;
}

// "Mid-cycle refresh of MI300X with 256 GB" under an MI325X heading: the GPU named after
// "refresh of" / "successor to" is what the subject replaced, not the subject. The subject is
// a GPU named earlier in the sentence, else the section's or page's GPU when that is another.
std::optional<GpuRef> refreshed_subject(const DocumentContext& ctx, size_t block, Range sentence, const Mention& named) {
  const std::string& text = ctx.doc().blocks[block].text;
  static const RE2 replaced("(?i)\\b(?:refresh|successor|follow-up|replacement|upgrade|update|derivative)\\s+(?:of|to|for|over|on|from)\\s+(?:the\\s+|an?\\s+|amd'?s\\s+|nvidia'?s\\s+|intel'?s\\s+)?$");
  std::string_view lead(text.data() + sentence.begin, named.begin - sentence.begin);
  if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), replaced)) return std::nullopt;
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin >= named.begin) break;
    if (m.begin >= sentence.begin && !m.possessive && m.entry >= 0) return ctx.mention_ref(block, m, Attribution::same_clause);
  }
  std::optional<GpuRef> own = ctx.section_subject(block);
  if (!own) own = ctx.single_page_subject();
  if (!own || same_gpu(*own, ctx.mention_ref(block, named, Attribution::same_clause))) return std::nullopt;
  return own;
}

// "It ...", "Its ...", "This card ...": the sentence's subject is a GPU named before it.
bool opens_with_pronoun(std::string_view text, size_t sentence_begin) {
  static const RE2 pronoun("^\\s*(?:It|Its|It's|They|Their|This (?:card|GPU|chip|accelerator|model)|The (?:card|GPU|chip))\\b");
  return RE2::PartialMatch(re2::StringPiece(text.data() + sentence_begin, text.size() - sentence_begin), pronoun);
}

// The subject of the nearest earlier sentence of the block that names a GPU: "The RTX 4090
// is a gaming card. It draws 450 W." is about the RTX 4090 whatever the heading says.
std::optional<GpuRef> earlier_subject(const DocumentContext& ctx, size_t block, size_t sentence_begin) {
  const Mention* last = nullptr;
  for (const auto& m : ctx.mentions_in(block, Range{0, sentence_begin})) {
    if (m.end <= sentence_begin && !m.predecessor) last = &m;
  }
  if (!last) return std::nullopt;
  const auto& sentences = ctx.sentences(block);
  auto s = std::upper_bound(sentences.begin(), sentences.end(), last->begin,
                            [](size_t pos, const Range& r) { return pos < r.begin; });
  if (s != sentences.begin()) {
    --s;
    if (auto own = demonstrative_subject(ctx, block, *s, s->end)) return own;
    // "The GB200 has two GPUs. They beat the B200. Each offers 20 PFLOPS": in a sentence that
    // opens with a pronoun the GPUs named are objects; the subject is the pronoun's, further back.
    if (opens_with_pronoun(ctx.doc().blocks[block].text, s->begin)) {
      if (s->begin == 0) return std::nullopt;
      return earlier_subject(ctx, block, s->begin);
    }
    for (const auto& m : ctx.mentions_in(block, *s)) {
      if (!m.possessive && !m.predecessor) return ctx.mention_ref(block, m, Attribution::previous_sentence);
    }
  }
  return ctx.mention_ref(block, *last, Attribution::previous_sentence);
}


// "The RTX 4090 has 16,384 cores. || It computes 82.6 TFLOPS.": a paragraph that opens with a
// pronoun, under a heading that names no GPU, goes on about the one GPU the paragraph before
// it named, not the page's subject. Where that paragraph named several, it is anyone's guess.
std::optional<GpuRef> pronoun_subject(const DocumentContext& ctx, size_t block, size_t sentence_begin) {
  if (block == 0 || !opens_with_pronoun(ctx.doc().blocks[block].text, sentence_begin)) return std::nullopt;
  const auto kind = ctx.doc().blocks[block - 1].kind;
  if (kind != core::BlockKind::paragraph && kind != core::BlockKind::list_item) return std::nullopt;
  return one_gpu_named(ctx, block - 1, false);
}

std::optional<GpuRef> fallback(const DocumentContext& ctx, size_t block, size_t sentence_begin) {
  if (auto lead = ctx.lead_subject(block)) return lead;
  if (auto earlier = earlier_subject(ctx, block, sentence_begin)) return earlier;
  if (auto list = ctx.list_subject(block)) return list;
  if (auto introduced = introduced_subject(ctx, block)) return introduced;
  if (auto adjacent = adjacent_line_subject(ctx, block)) return adjacent;
  if (auto section = ctx.section_subject(block)) return section;
  if (auto before = pronoun_subject(ctx, block, sentence_begin)) return before;
  return ctx.single_page_subject();
}

}  // namespace

std::optional<GpuRef> attribute(const DocumentContext& ctx, size_t block, size_t pos, Range sentence) {
  const std::string& text = ctx.doc().blocks[block].text;
  const auto mentions = ctx.mentions_in(block, sentence);
  // "(202 CU) for the MI250", "the TU116-400 die used in the GTX 1660 Super": a figure
  // followed by "for/in/on the <GPU>" belongs to that GPU, whoever the clause began with.
  for (const auto& m : mentions) {
    if (m.begin <= pos || m.entry < 0) continue;
    std::string_view between(text.data() + pos, m.begin - pos);
    if (between.size() > 48) break;
    static const RE2 owner_word("(?i)^\\S+[^.;,:]*?\\s(?:for|used in|found in|inside|on|in)\\s+(?:the\\s+|an?\\s+)?$");
    static const RE2 later_digit("\\s[^\\s]*\\d");
    const size_t first_space = between.find(' ');
    std::string_view rest = first_space == std::string_view::npos ? std::string_view{} : between.substr(first_space);
    if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), owner_word) &&
        !RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), later_digit)) {
      return ctx.mention_ref(block, m, Attribution::same_clause);
    }
    // "FP32: 38.7 TFLOPS (A6000), 91.1 TFLOPS (RTX 6000 Ada)": a name alone in the brackets
    // right after a figure labels that figure.
    static const RE2 figure_then_bracket("^[\\d.,]+\\s*[A-Za-z/%]{0,8}\\s*\\(\\s*$");
    static const RE2 bracket_closes("^\\s*\\)");
    if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), figure_then_bracket) &&
        RE2::PartialMatch(re2::StringPiece(text.data() + m.end, text.size() - m.end), bracket_closes)) {
      return ctx.mention_ref(block, m, Attribution::parenthetical);
    }
    break;
  }
  const Mention* before = nullptr;
  const Mention* owner = nullptr;  // "RTX 4090's memory bandwidth is 1008 GB/s"
  const Mention* possessive_subject = nullptr;  // "The W7900's 48 GB sits on a 384-bit bus"
  bool owner_is_other_product = false;
  for (const auto& m : mentions) {
    if (m.end > pos) break;
    if (m.begin < sentence.begin) continue;
    static const RE2 opens("(?i)^\\W*(?:the\\s+|amd's\\s+|nvidia's\\s+|intel's\\s+)?$");
    if (m.possessive && m.entry >= 0 && !possessive_subject &&
        RE2::FullMatch(re2::StringPiece(text.data() + sentence.begin, m.begin - sentence.begin), opens)) {
      possessive_subject = &m;
    }
    std::string_view gap(text.data() + m.end, pos - m.end);
    // "L40S's 350 W": the possessive owns the value right after it, nothing further on.
    const size_t mark = gap.rfind("'s", 0) == 0 ? 2 : (gap.rfind("\xE2\x80\x99s", 0) == 0 ? 4 : 0);
    if (m.possessive && mark && only_space(gap.substr(mark))) {
      return ctx.mention_ref(block, m, Attribution::possessive);  // an unknown GPU stays unresolved
    }
    // "(the non-SUPER 4070 Ti was 192-bit), so bandwidth is 672 GB/s": a name inside an aside
    // that closed before the figure is not what the figure is about.
    const size_t open = text.rfind('(', m.begin);
    const size_t close = open == std::string::npos ? std::string::npos : text.find(')', open);
    const bool closed_aside = open != std::string::npos && open >= sentence.begin && close != std::string::npos &&
                              close > m.end && close < pos;
    if (closed_aside) continue;
    if (!m.possessive) {
      before = &m;
    } else if (mark) {
      // "X's <noun> is <value>" is X's too, unless another figure came first ("X's 450 W,
      // it uses 72 W") or the noun is another product ("X's successor has 96 GB").
      std::string_view words = gap.substr(mark);
      // A figure starts a word: the 2 of "HBM2e" is part of a name.
      static const RE2 digit("(?:^|[^A-Za-z0-9])\\d");
      static const RE2 other_product("(?i)\\b(successor|predecessor|replacement|rival|competitor|sibling|brother|sister)s?\\b");
      if (RE2::PartialMatch(re2::StringPiece(words.data(), words.size()), digit)) continue;
      // "The H200 keeps the H100's die but swaps in HBM3e": a clause joined after the noun has
      // a subject of its own.
      static const RE2 joined_clause("(?i)\\b(?:but|and|yet|while|whereas|so|then)\\b|[,;]");
      if (RE2::PartialMatch(re2::StringPiece(words.data(), words.size()), joined_clause)) continue;
      // "The B60 doubles the B580's memory to 24 GB": what the subject changed it to is the subject's.
      static const RE2 changed_by_subject("(?i)\\b(?:doubles|doubling|triples|tripling|raises|raising|increases|increasing|lifts|lifting|boosts|boosting|bumps|extends|expands|cuts|halves|trims|takes)\\s+(?:the\\s+)?$");
      std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
      if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), changed_by_subject)) continue;
      // "The H200 is the H100's die with 141 GB of HBM3e": the subject reuses the other GPU's
      // part; what the part comes with is the subject's.
      static const RE2 shared_part("(?i)^\\s*(?:[a-z]{1,3}\\d{2,3}[a-z]?\\s+)?(?:die|chip|silicon|design|pcb|board|cooler|layout|package)\\b");
      if (possessive_subject != &m && RE2::PartialMatch(re2::StringPiece(words.data(), words.size()), shared_part) &&
          std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) { return o.begin >= sentence.begin && o.begin < m.begin && !o.possessive && o.entry >= 0; })) {
        continue;
      }
      owner = &m;
      owner_is_other_product = RE2::PartialMatch(re2::StringPiece(words.data(), words.size()), other_product);
    }
  }
  if (owner && (!before || owner->begin > before->begin)) {
    if (owner_is_other_product) return std::nullopt;
    return ctx.mention_ref(block, *owner, Attribution::possessive);
  }
  if (before) {
    if (auto own = demonstrative_subject(ctx, block, sentence, pos)) return own;
    if (auto own = refreshed_subject(ctx, block, sentence, *before)) return own;
    // "It succeeded the A100 with 80 GB": the figure is the successor's, named or not.
    if (before->predecessor) {
      for (const auto& m : mentions) {
        if (m.begin >= before->begin) break;
        if (m.begin >= sentence.begin && !m.possessive && m.entry >= 0) return ctx.mention_ref(block, m, Attribution::same_clause);
      }
      return fallback(ctx, block, sentence.begin);
    }
    // "The L40S has 2.9x the bandwidth of the L4 for 350 W": the nearest name is the object
    // of a comparison and another GPU is the subject; either reading is a guess, so none.
    // "Polaris 20 was an RX 480 with the clocks pushed": the card after "was an" is what the
    // subject is likened to.
    static const RE2 object_of(std::string("(?i)(than|vs\\.?|versus|compared to|compared with|against|unlike|of|instead of|rather than|"
                                           "(?:is|was)\\s+(?:just|basically|essentially|really|effectively)?\\s*an?|"
                                           "beats|outperforms|outpaces|overtakes|edges out|trails|") + kSameAs + ")( the| an?)?(?:\\s+[$€£][\\d,.]+)?\\s*$");
    std::string_view lead_in = std::string_view(text).substr(sentence.begin, before->begin - sentence.begin);
    // The words after the compared GPU may hand it the figure ("than the RTX 4090, which
    // draws 450 W", "vs L40S (48 GB)"); then it is that GPU's, whoever the subject is.
    // After a colon or a full stop "its" is the subject's again ("beats a 3080: its 80 CUs").
    static const RE2 hands_over("(?i)^\\s*\\(|^[\\s,]*(?:which|that|whose|at|with its|its|has|have|offers|draws|delivers|uses|runs|boosts|is rated|comes with)\\b");
    std::string_view after_object(text.data() + before->end, pos > before->end ? pos - before->end : 0);
    bool handed_over = RE2::PartialMatch(re2::StringPiece(after_object.data(), after_object.size()), hands_over);
    // "Unlike the RTX A6000, which was built on TSMC 7 nm, the new cards use 5 nm": a relative
    // clause that has closed hands nothing after it to the compared GPU.
    static const RE2 relative_clause("(?i)^[\\s,]*(?:which|that|whose)\\b(?:[^,;]|,\\d)*[,;]\\s");
    if (handed_over && RE2::PartialMatch(re2::StringPiece(after_object.data(), after_object.size()), relative_clause)) handed_over = false;
    // "the RTX 4090, like the 3090, supports NVLink": the card in a "like" aside is a yardstick
    // and the subject is the one before it.
    static const RE2 like_aside_open("(?i),\\s*(?:just\\s+|much\\s+)?like\\s+(?:the\\s+|an?\\s+)?$");
    if (!handed_over && RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), like_aside_open)) {
      const Mention* subject = nullptr;
      for (const auto& m : mentions) {
        if (&m == before) break;
        if (m.begin >= sentence.begin && !m.possessive && m.entry >= 0 && m.entry != before->entry) subject = &m;
      }
      if (subject) return ctx.mention_ref(block, *subject, Attribution::same_clause);
    }
    // "It has 10,496 CUDA cores vs 4,608 on the Titan RTX, and 936 GB/s": in a sentence about
    // "it", a GPU named after a comparison word is the yardstick.
    static const RE2 compared_earlier("(?i)\\b(?:vs\\.?|versus|than|compared (?:to|with)|against|unlike)\\b");
    if (!handed_over && opens_with_pronoun(text, sentence.begin) &&
        RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), compared_earlier)) {
      bool other_named = false;
      for (const auto& m : mentions) {
        if (&m == before) break;
        if (m.begin >= sentence.begin && m.entry >= 0) other_named = true;
      }
      if (!other_named) return fallback(ctx, block, sentence.begin);
    }
    if (!handed_over && RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), object_of)) {
      // "The A10G is cheap, and unlike the L40S it has only 64 SMs": the pronoun after the
      // compared GPU is the sentence's subject.
      static const RE2 subject_pronoun("(?i)^\\s*,?\\s*(?:it|this card|the card)\\s+(?:has|have|had|is|was|offers|gets|uses|runs|draws|supports|carries|keeps|packs|comes)\\b");
      if (RE2::PartialMatch(re2::StringPiece(after_object.data(), after_object.size()), subject_pronoun)) {
        for (const auto& m : mentions) {
          if (&m == before) break;
          if (m.begin >= sentence.begin && !m.possessive && m.entry >= 0 && m.entry != before->entry) {
            return ctx.mention_ref(block, m, Attribution::same_clause);
          }
        }
      }
      for (const auto& m : mentions) {
        if (&m == before) break;
        if (m.begin >= sentence.begin && !m.possessive && m.entry != before->entry) return std::nullopt;
      }
      // "It is faster than the RTX A4000 thanks to a 2,175 MHz boost clock": with no other
      // name in the sentence the subject is the one outside it.
      static const RE2 compared_with(std::string("(?i)\\b(than|vs\\.?|versus|compared to|compared with|against|unlike|instead of|rather than|") + kSameAs + ")( the)?(?:\\s+[$€£][\\d,.]+)?\\s*$");
      if (RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), compared_with)) {
        // Whoever the subject is, it is not the GPU it is compared with.
        auto subject = fallback(ctx, block, sentence.begin);
        if (subject && same_gpu(*subject, ctx.mention_ref(block, *before, Attribution::same_clause))) return std::nullopt;
        return subject;
      }
      // "It is the passive twin of the A6000: 48 GB, 696 GB/s": a sentence about "it" whose only
      // name is a compared one is about the GPU before it.
      if (opens_with_pronoun(text, sentence.begin)) return fallback(ctx, block, sentence.begin);
    }
    // "RTX 5070 (12GB GDDR7) vs RX 9070 (16GB GDDR6)": a figure in the brackets opened right
    // after a name is that GPU's outright.
    static const RE2 in_brackets_after_name("^\\s*\\([^()]*$");
    // "(256 GB versus 192 GB)" after a name holds two sides, not that GPU's figures.
    static const RE2 two_sides("(?i)\\b(?:vs\\.?|versus|against|compared|than|to|from)\\b|->|\u2192");
    const size_t close = text.find(')', pos);
    const size_t open = text.rfind('(', pos);
    const std::string_view bracket = close == std::string::npos || open == std::string::npos
                                         ? std::string_view{}
                                         : std::string_view(text).substr(open, close - open);
    if (!before->possessive && RE2::FullMatch(re2::StringPiece(after_object.data(), after_object.size()), in_brackets_after_name) &&
        close != std::string::npos && !RE2::PartialMatch(re2::StringPiece(bracket.data(), bracket.size()), two_sides)) {
      return ctx.mention_ref(block, *before, Attribution::parenthetical);
    }
    // "L40S has 48 GB" names the GPU last before the figure.
    return ctx.mention_ref(block, *before, Attribution::same_clause);
  }
  // A GPU later in the sentence, unless a comparison word stands between ("72 W vs the RTX 4090").
  // "rises to 1,024 GB/s, while the desktop RTX 5090 pushes 1.8 TB/s": a contrast word hands the
  // next GPU a clause of its own.
  // "The 40 CUs keep it level with the RTX 3070": a yardstick later in the sentence too.
  static const RE2 comparison_words(std::string("(?i)\\b(than|vs\\.?|versus|below|above|compared|against|of|from|over|while|whereas|unlike|but|though|although|yet|"
                                    "(?:level|par|pace|parity|up) with|close to|similar to|matches|rivals|beats|trails|behind|ahead of|like|") + kSameAs + ")\\b|;|,\\s+and\\b");
  // "Its GDDR7 runs at 28 Gbps, a jump from the RTX 4070's": a sentence that opens with a
  // pronoun is about a GPU named before it, never one named later.
  const bool later_may_own = !opens_with_pronoun(text, sentence.begin);
  for (const auto& m : mentions) {
    if (!later_may_own) break;
    if (m.begin < pos || m.begin >= sentence.end) continue;
    if (m.possessive) break;
    std::string_view between(text.data() + pos, m.begin - pos);
    if (RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), comparison_words)) break;
    return ctx.mention_ref(block, m, Attribution::same_clause);
  }
  // The rest of a sentence whose subject is "The W7900's 48 GB" is the W7900's too.
  if (possessive_subject) return ctx.mention_ref(block, *possessive_subject, Attribution::possessive);
  auto found = fallback(ctx, block, sentence.begin);
  // "Nvidia achieved its gains through the Ada Lovelace architecture" on a page comparing an
  // AMD card with an NVIDIA one: the vendor word names the page's only GPU of that vendor,
  // whatever GPU the sentences before were about.
  static const RE2 vendor_word("(?i)\\b(nvidia|amd|intel)\\b");
  std::string vendor;
  std::string_view lead_in(text.data() + sentence.begin, pos > sentence.begin ? pos - sentence.begin : 0);
  if (!RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), vendor_word, &vendor)) return found;
  for (auto& ch : vendor) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (found && found->id.rfind(vendor + "-", 0) == 0) return found;
  std::optional<GpuRef> only;
  for (const auto& r : ctx.page_subjects()) {
    if (r.id.rfind(vendor + "-", 0) != 0) continue;
    if (only) return std::nullopt;
    only = r;
  }
  return only;
}

std::optional<GpuRef> sentence_subject(const DocumentContext& ctx, size_t block, Range sentence, size_t before) {
  // "Against the RX 7900 XT it offers lower power": a GPU set aside by the words before it is
  // the other side, not the subject.
  // It is set aside only when a pronoun takes the subject's place after it ("... it offers");
  // "vs RTX 4090 → 4090 has 3.3x the bandwidth" keeps the GPU as the subject.
  static const RE2 pronoun_subject("(?i)(?:^|[,;:]|\\s)\\s*(?:it|this card|the card|this gpu|ours|(?:nvidia|amd|intel)'s (?:card|gpu|chip|board|part))\\s+(?:\\w+\\s+)?(?:offers|has|is|draws|delivers|uses|gets|brings|needs|runs|wins|comes|packs|gives|provides|trades|costs|carries)\\b");
  const std::string& text = ctx.doc().blocks[block].text;
  const Mention* set_aside_one = nullptr;
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin < sentence.begin || m.begin >= before) continue;
    if (m.possessive || m.predecessor) continue;
    std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
    if (!set_aside_one && set_aside_by(lead)) {
      set_aside_one = &m;
      continue;
    }
    return ctx.mention_ref(block, m, Attribution::same_clause);
  }
  if (set_aside_one) {
    std::string_view rest(text.data() + set_aside_one->end, before > set_aside_one->end ? before - set_aside_one->end : 0);
    if (!RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), pronoun_subject)) {
      return ctx.mention_ref(block, *set_aside_one, Attribution::same_clause);
    }
  }
  // "AMD provides 2.72x more memory than its rival": the vendor stands for its GPU, the
  // one the paragraph last named of that vendor.
  static const RE2 vendor_subject("(?i)\\b(nvidia|amd|intel)\\b(?:'s)?\\s+(?:provides|offers|delivers|has|gives|brings|packs|wins|leads)\\b");
  std::string vendor;
  std::string_view lead_in(ctx.doc().blocks[block].text.data() + sentence.begin, before > sentence.begin ? before - sentence.begin : 0);
  if (RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), vendor_subject, &vendor)) {
    for (auto& ch : vendor) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const Mention* last = nullptr;
    for (const auto& m : ctx.mentions(block)) {
      if (m.end > sentence.begin) break;
      if (m.entry < 0) continue;
      const GpuRef r = ctx.ref(m, Attribution::previous_sentence);
      if (r.id.rfind(vendor + "-", 0) == 0) last = &m;
    }
    if (last) return ctx.mention_ref(block, *last, Attribution::same_clause);
  }
  return fallback(ctx, block, sentence.begin);
}

void place_claim(Claim& claim, const core::Document& doc, size_t block, size_t begin, size_t end, Range sentence) {
  const auto& b = doc.blocks[block];
  claim.block = static_cast<int>(block);
  claim.block_begin = begin;
  claim.block_end = end;
  claim.span = b.span_of(begin, end);
  claim.text = b.text.substr(begin, end - begin);
  claim.sentence = b.span_of(sentence.begin, sentence.end);
}

}  // namespace extract
