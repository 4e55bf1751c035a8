// Prose value claims: field from lead or context, GPU from the attribution order; tested in tests/extract/claim_builder_test.cpp.
#include "extract/value_claims.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "core/field.h"
#include "extract/attribution.h"
#include "extract/enum_values.h"
#include "extract/field_cues.h"
#include "extract/narrower_field.h"
#include "extract/pairs.h"
#include "extract/quantity_parser.h"

namespace extract {
namespace {

bool overlaps_mention(const std::vector<Mention>& mentions, size_t b, size_t e) {
  for (const auto& m : mentions) {
    if (m.begin < e && b < m.end) return true;
  }
  return false;
}

bool enum_has_cue(const EnumValue& e, std::string_view clause) {
  // "fifth-generation NVLink" says nothing of the GPU's architecture; "a Hopper-generation GPU" does.
  static const RE2 arch_cue(
      "(?i)architecture|based on|built on|generation (?:gpu|card|chip|design)|-generation (?:gpu|card|chip)|-based|microarchitecture|"
      "(?:lovelace|ampere|hopper|blackwell|turing|volta|pascal|rdna ?\\d|cdna ?\\d|xe2?|xe-hpg|alchemist|battlemage)[- ]generation|"
      "generation (?:of|called|named|known as)");
  // "built using the TU106 architecture", "a GA102-based card": a die code with any word of
  // construction is the GPU's die.
  static const RE2 die_cue("(?i)\\bdie\\b|\\bchip\\b|code ?name|\\bgpu\\b|based on|silicon|architecture|built (?:on|using|around|with)|\\buses\\b|\\busing\\b|powered by|-based");
  static const RE2 iface_cue("(?i)x\\s*\\d+|interface|slot|host");
  re2::StringPiece c(clause.data(), clause.size());
  if (e.self_evident) return true;
  if (e.field == "architecture") return RE2::PartialMatch(c, arch_cue);
  if (e.field == "code_name") return RE2::PartialMatch(c, die_cue);
  if (e.field == "interface") {
    // "- PCI Express 5.0" as a spec-list item says what the interface is.
    static const RE2 alone("(?i)^\\s*(?:pcie|pci express|pci-e)[\\s0-9.xgen]*$");
    return RE2::PartialMatch(re2::StringPiece(e.value), iface_cue) || RE2::FullMatch(re2::StringPiece(clause.data(), clause.size()), alone);
  }
  return false;
}

// "It is an Ampere card", "the 48 GB Volta card from 2018", "the L40S, an Ampere part": an
// architecture naming the kind of one card is that card's. Not in a clause that sets it
// against another ("Unlike the Ampere card, ...") and never a plural ("Ampere cards").
bool architecture_names_the_card(const EnumValue& e, std::string_view text, Range clause) {
  if (e.field != "architecture" || e.begin < clause.begin) return false;
  static const RE2 article_before("(?i)\\b(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}$");
  static const RE2 card_after("(?i)^(?:[- ](?:based|generation))?\\s+(?:card|gpu|chip|part|accelerator|board|design|model|product|flagship)\\b(?:[^s]|$)");
  static const RE2 set_against("(?i)\\b(?:unlike|like|than|versus|vs\\.?|compared|against|from|over|replac\\w*|successor|predecessor|older|previous|last|earlier|prior|instead)\\b");
  const std::string_view before = text.substr(clause.begin, e.begin - clause.begin);
  const std::string_view after = text.substr(e.end);
  auto has = [](std::string_view s, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re); };
  return has(before, article_before) && has(after, card_after) && !has(before, set_against);
}

// The two sides of "(64 vs 96)": the sentence's subject and the GPU it is set against.
// "Compared with the RX 7900 XTX, the RX 9070 XT has fewer CUs (64 vs 96)": a name after
// "compared with" is the other side, so the subject is the next one; without such a word the
// other side is the one other GPU the sentence names, else the page's counterpart.
std::pair<std::optional<GpuRef>, std::optional<GpuRef>> pair_sides(const DocumentContext& ctx, size_t block, Range sentence,
                                                                   size_t before) {
  static const RE2 object_of("(?i)\\b(?:than|vs\\.?|versus|compared (?:to|with)|against|unlike|relative to|over)(?:\\s+the)?\\s*$");
  const std::string& text = ctx.doc().blocks[block].text;
  // "From MI300X to MI325X (256 GB versus 192 GB)": a change from one GPU to another lists its
  // figures in either order, so neither side can be told.
  static const RE2 from_to("(?i)\\bfrom\\s+(?:the\\s+|an?\\s+)?[^,;()]{1,30}?\\s+(?:to|into)\\s+(?:the\\s+|an?\\s+)?\\S");
  if (RE2::PartialMatch(re2::StringPiece(text.data() + sentence.begin, before - sentence.begin), from_to)) return {};
  // "RTX 5070 vs RX 9070: the RX 9070 draws less (220 W versus 250 W)": a "vs" heading before a
  // colon only names the pair; the clause after it says which one the first figure is.
  size_t from = sentence.begin;
  if (size_t colon = std::string_view(text).substr(sentence.begin, before - sentence.begin).rfind(": "); colon != std::string_view::npos) {
    const size_t after_colon = sentence.begin + colon + 2;
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.begin >= after_colon && m.begin < before && m.entry >= 0) {
        from = after_colon;
        break;
      }
    }
  }
  std::optional<GpuRef> subject, object, another;
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin < from || m.begin >= before || m.entry < 0) continue;
    std::string_view lead(text.data() + from, m.begin - from);
    const GpuRef r = ctx.mention_ref(block, m, Attribution::same_clause);
    // "Compared with the T4's 16 GB, the L40S has ... (350 W versus 70 W)": a possessive after
    // the comparison word is still the other side.
    if (m.possessive) {
      if (!object && RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), object_of)) object = r;
      continue;
    }
    if (m.predecessor || RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), object_of)) {
      if (!object) object = r;
    } else if (!subject) {
      subject = r;
    } else if (!another && !same_gpu(r, *subject)) {
      another = r;
    }
  }
  const bool subject_named = subject.has_value();
  if (!subject) subject = sentence_subject(ctx, block, sentence, before);
  if (!subject) return {};
  // "vs RTX 4090 (24 GB) -> 4090 has ... (450 W vs 72 W)": the list's "vs" names the
  // subject itself, and the other side is the page's.
  if (object && same_gpu(*object, *subject)) object.reset();
  std::optional<GpuRef> other = object ? object : another;
  // "The 5080 has twice its L2 (64 MB versus 32 MB)" with "5080" no name we know: the
  // sentence's subject is that card, so a subject from an earlier sentence and an other side
  // from the page would be two guesses.
  if (!other && !subject_named) {
    static const RE2 bare_number_subject("(?i)^\\W*(?:the|a|an|my|our)\\s+\\d{3,4}(?:\\s?(?:ti|super|xtx|xt|gre))?\\b");
    if (RE2::PartialMatch(re2::StringPiece(text.data() + sentence.begin, before - sentence.begin), bare_number_subject)) return {};
  }
  if (!other) other = ctx.counterpart(*subject);
  return {subject, other};
}

Range clause_of(std::string_view text, Range sentence, size_t pos) {
  for (const auto& c : split_clauses(text, sentence)) {
    if (c.contains(pos)) return c;
  }
  return sentence;
}

}  // namespace

void add_value_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  const auto& doc = ctx.doc();
  const auto& b = doc.blocks[block];
  const std::string& text = b.text;
  const auto& mentions = ctx.mentions(block);
  // GPU names hold cue words ("H100 PCIe" is no PCIe link, "RTX 6000 Ada" no architecture
  // claim): the words around a figure are read for its field with the names blanked.
  std::string cue_text = text;
  // A line break inside a paragraph is a space to the words ("16,384 CUDA\ncores").
  std::replace(cue_text.begin(), cue_text.end(), '\n', ' ');
  for (const auto& m : mentions) {
    if (m.begin < m.end && m.end <= cue_text.size()) std::fill(cue_text.begin() + m.begin, cue_text.begin() + m.end, ' ');
  }
  auto lead = ctx.lead(block);
  std::optional<std::string> lead_field;
  if (lead && !ctx.lead_subject(block)) lead_field = field_from_header(std::string_view(text).substr(lead->begin, lead->end - lead->begin));

  // "**Display outputs**: 1x HDMI 2.1, 3x DisplayPort 1.4a": a text field read whole after its lead.
  const core::FieldInfo* lead_info = lead_field && !lead_field->empty() ? core::find_field(*lead_field) : nullptr;
  const bool text_lead = lead_info && lead_info->type == core::FieldType::text;
  if (text_lead) {
    size_t from = lead->end;
    while (from < text.size() && (text[from] == ':' || text[from] == ' ')) ++from;
    size_t to = std::min(text.find_first_of(";\n(", from), text.find(". ", from));
    if (to == std::string::npos) to = text.size();
    if (to > from && text[to - 1] == '.') --to;  // a closing full stop, not "HDMI 2.1"
    EnumValue v = read_cell_value(*lead_field, std::string_view(text).substr(from, to - from));
    if (!v.value.empty()) {
      if (auto gpu = attribute(ctx, block, from, Range{0, text.size()})) {
        Claim c;
        c.field = *lead_field;
        c.gpu = *gpu;
        c.text_value = v.value;
        place_claim(c, doc, block, from + v.begin, from + v.end, Range{0, text.size()});
        out.push_back(std::move(c));
      }
    }
  }

  const auto block_quantities = find_quantities(text, ctx.number_style());
  const auto block_enums = find_enum_values(text);
  for (const auto& sentence : ctx.sentences(block)) {
    std::vector<Range> consumed;
    // Pairs first: "(72 W vs 285 W)" gives the subject the left value and its counterpart the right.
    for (const auto& pair : find_pairs(text, sentence, ctx.number_style())) {
      auto [subject, other] = pair_sides(ctx, block, sentence, pair.whole.begin);
      if (!subject) continue;
      std::string_view prefix = std::string_view(text).substr(sentence.begin, pair.whole.begin - sentence.begin);
      for (const auto& [l, r] : pair.values) {
        std::string field = field_from_context(l.quantity, l.has_unit, prefix, "");
        if (field.empty()) {
          auto f = field_from_header(prefix);
          if (f && unit_fits_field(l.quantity, l.has_unit, field_for_unit(*f, l.quantity))) field = field_for_unit(*f, l.quantity);
        }
        field = field_for_unit(field, l.quantity);
        if (field.empty()) continue;
        for (int side = 0; side < 2; ++side) {
          const FoundQuantity& q = side == 0 ? l : r;
          std::optional<GpuRef> gpu = side == 0 ? subject : other;
          if (!gpu) continue;
          Claim c;
          c.kind = ClaimKind::value;
          c.field = field;
          c.gpu = *gpu;
          c.gpu.attributed_by = side == 0 ? c.gpu.attributed_by : Attribution::pair;
          c.quantity = q.quantity;
          place_claim(c, doc, block, q.begin, q.end, sentence);
          out.push_back(std::move(c));
        }
      }
      consumed.push_back(pair.whole);
    }
    auto in_consumed = [&](size_t pos) {
      for (const auto& r : consumed) {
        if (r.contains(pos)) return true;
      }
      return false;
    };

    struct LastField {
      core::Dimension dimension;
      std::string field;
      size_t end;
      std::optional<GpuRef> gpu;
    };
    std::optional<LastField> last_field;
    size_t previous_end = sentence.begin;  // where the figure before this one ended
    for (const auto& q : in_range(block_quantities, sentence)) {
      const size_t words_from = std::max(previous_end, q.begin > 40 ? q.begin - 40 : size_t{0});
      const size_t figure_before_end = previous_end;
      previous_end = std::max(previous_end, q.end);
      if (q.begin < sentence.begin || in_consumed(q.begin) || overlaps_mention(mentions, q.number_begin, q.number_end)) continue;
      if (q.quantity.dimension() == core::Dimension::ratio || q.quantity.dimension() == core::Dimension::duration ||
          q.quantity.dimension() == core::Dimension::percent || q.quantity.dimension() == core::Dimension::money) {
        continue;  // ratios, arithmetic and feasibility have their own builders
      }
      std::string field;
      if (lead_field && q.begin >= lead->end && !lead_field->empty()) {
        std::string f = field_for_unit(*lead_field, q.quantity);
        std::string_view before_q = std::string_view(cue_text).substr(lead->end, q.begin - lead->end);
        std::string_view after_q = std::string_view(cue_text).substr(q.end);
        if (figure_excluded(q.quantity, before_q, after_q)) continue;
        if (unit_fits_field(q.quantity, q.has_unit, f)) field = f;
        // "How many CUDA cores? 6,912, across 108 SMs", "FP64: ... 19.5 TFLOPS using the FP64
        // Tensor Cores": the words right after a figure name it more closely than the lead.
        std::string_view own_after = after_q.substr(0, std::min({size_t{40}, after_q.size(), after_q.find_first_of(",;.")}));
        // The lead's own words count as the figure's words before it ("A word on FP64 numbers:
        // ... 67 TFLOPS only on the tensor cores").
        const std::string_view lead_words = std::string_view(cue_text).substr(lead->begin, q.begin - lead->begin);
        const std::string own = field_for_unit(field_from_context(q.quantity, q.has_unit, "", own_after), q.quantity);
        const std::string with_lead = field_for_unit(
            field_from_context(q.quantity, q.has_unit, lead_words, own_after,
                               std::string_view(cue_text).substr(sentence.begin, sentence.end - sentence.begin)),
            q.quantity);
        if (own.empty() && q.quantity.dimension() == core::Dimension::flops && !with_lead.empty() && with_lead != field &&
            unit_fits_field(q.quantity, q.has_unit, with_lead)) {
          field = with_lead;
        }
        const std::string wordless = field_for_unit(field_from_context(q.quantity, q.has_unit, "", ""), q.quantity);
        if (!own.empty() && own != wordless && own != field && unit_fits_field(q.quantity, q.has_unit, own)) field = own;
        // "Peak FP64 vector: 47.9 TFLOPS; FP64 matrix: 95.7 TFLOPS": a label of its own after
        // the figure before this one names this figure instead of the lead.
        const size_t label_from = std::max(figure_before_end, lead->end);
        std::string_view own_label = q.begin > label_from ? std::string_view(cue_text).substr(label_from, q.begin - label_from) : std::string_view{};
        if (own_label.find(':') != std::string_view::npos) {
          const std::string labelled = field_for_unit(field_from_context(q.quantity, q.has_unit, own_label, ""), q.quantity);
          if (!labelled.empty() && labelled != wordless && unit_fits_field(q.quantity, q.has_unit, labelled)) field = labelled;
        }
      }
      // A lead we deliberately skip ("**Price**: ...") governs its own sentence, not the ones
      // after it ("**Minisforum AI X1 Pro ($1,099).** The Radeon 890M here has 12 CUs").
      if (field.empty() && lead_field && lead_field->empty() && sentence.begin <= lead->end) continue;
      bool measured = false;
      if (field.empty()) {
        Range clause = clause_of(text, sentence, q.begin);
        std::string_view before = std::string_view(cue_text).substr(clause.begin, q.begin - clause.begin);
        std::string_view after = std::string_view(cue_text).substr(q.end, clause.end > q.end ? clause.end - q.end : 0);
        measured = q.quantity.dimension() == core::Dimension::flops && measured_throughput(before, after);
        field = field_for_unit(field_from_context(q.quantity, q.has_unit, before, after,
                                                std::string_view(cue_text).substr(sentence.begin, sentence.end - sentence.begin)),
                             q.quantity);
      }
      // "The RTX 4090's L2 grew from 6 MB to 72 MB": the figure it changed to is of the field
      // and the GPU of the one it changed from, whatever a default would make of it alone.
      std::optional<GpuRef> changed_gpu;
      if (last_field && last_field->dimension == q.quantity.dimension()) {
        std::string_view between = std::string_view(text).substr(last_field->end, q.begin - last_field->end);
        static const RE2 changed_to("(?i)^\\s*(?:to|→|->)\\s*$");
        if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), changed_to)) {
          field = last_field->field;
          changed_gpu = last_field->gpu;
        }
      }
      // "a maximum frequency of 1.65 GHz compared to the GTX 1660's 1.45 GHz": the other side
      // of a comparison takes the field of the figure it is set against.
      // "50 MB of L2, versus the A100's 40 MB": a size with no memory word of its own is a
      // size of what it is set against, not the memory a bare size defaults to.
      const bool defaulted_size = field == "memory_size" && [&] {
        const size_t from = q.begin > 20 ? q.begin - 20 : 0;
        const auto near_words = std::string_view(text).substr(from, std::min<size_t>(q.end + 16, text.size()) - from);
        static const RE2 memory_word("(?i)memory|vram|gddr|hbm|\\bram\\b|frame ?buffer");
        return !RE2::PartialMatch(re2::StringPiece(near_words.data(), near_words.size()), memory_word);
      }();
      if ((field.empty() || defaulted_size) && last_field && last_field->dimension == q.quantity.dimension()) {
        std::string_view between = std::string_view(text).substr(last_field->end, q.begin - last_field->end);
        static const RE2 versus("(?i)^[^.;]{0,40}\\b(?:compared (?:to|with)|vs\\.?|versus|than|against|while|whereas|double|twice|half|triple)\\b[^.;]{0,40}$");
        // "28.1 billion transistors inside the RX 7800 XT and 35.8 billion for the RTX 4070":
        // a figure with the same unit after "and", given to another subject ("for the ..."),
        // continues the list. Without that subject it may be anything ("and 96 MB Infinity
        // Cache" is no memory size), and a bare count never carries.
        static const RE2 and_then("(?i)^[^.;]{0,60}\\band\\b\\s*$");

        static const RE2 for_subject("(?i)^\\s*(?:for|in|inside|on)\\s+(?:the\\s+|an?\\s+)?[A-Z0-9]");
        const bool united = q.has_unit || q.quantity.unit == core::Unit::million || q.quantity.unit == core::Unit::billion;
        std::string_view after_q = std::string_view(text).substr(q.end, std::min<size_t>(40, text.size() - q.end));
        if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), versus) ||

            (united && RE2::FullMatch(re2::StringPiece(between.data(), between.size()), and_then) &&
             RE2::PartialMatch(re2::StringPiece(after_q.data(), after_q.size()), for_subject))) {
          field = last_field->field;
        }
      }
      const bool precision_unnamed = field.empty() && !measured && q.has_unit && q.quantity.dimension() == core::Dimension::flops;
      if (precision_unnamed) field = "fp32_tflops";
      if (field.empty() || !unit_fits_field(q.quantity, q.has_unit, field)) continue;
      auto gpu = changed_gpu ? changed_gpu : attribute(ctx, block, q.begin, sentence);
      if (!precision_unnamed) last_field = LastField{q.quantity.dimension(), field, q.end, gpu};
      if (!gpu) continue;
      Claim c;
      c.kind = ClaimKind::value;
      c.field = field;
      c.gpu = *gpu;
      c.quantity = q.quantity;
      static const RE2 sparse("(?i)sparsity|sparse");
      static const RE2 dense("(?i)\\bdense\\b");
      // Only the words up to the next number qualify this one ("121 TFLOPS dense, 242 sparse").
      std::string_view tail = std::string_view(text).substr(q.end, std::min<size_t>(40, sentence.end > q.end ? sentence.end - q.end : 0));
      // Digits inside a word ("FP16") are not a number.
      for (size_t i = 0; i < tail.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(tail[i])) &&
            (i == 0 || (!std::isalnum(static_cast<unsigned char>(tail[i - 1])) && tail[i - 1] != '.'))) {
          tail = tail.substr(0, i);
          break;
        }
      }
      // "733 TFLOPS (with sparsity 1,466 TFLOPS)": a bracket that holds the next figure holds
      // that figure's words.
      if (size_t open = tail.find('('); open != std::string_view::npos && tail.find(')', open) == std::string_view::npos &&
          q.end + tail.size() < text.size() && std::isdigit(static_cast<unsigned char>(text[q.end + tail.size()]))) {
        tail = tail.substr(0, open);
      }
      c.says_sparse = RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), sparse);
      c.says_dense = RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), dense);
      c.precision_unnamed = precision_unnamed;
      // The format right after the figure names it ("92.3 TFLOPS of BF16", the label that
      // follows counts as much as the one before); else one between the figure before and
      // this one ("FP16 184.6 TFLOPS, BF16 92.3"); else any later in the tail.
      {
        static const RE2 right_after("(?i)^\\s*(?:[a-z/]+\\s+){0,2}?(?:of|in|at|for)?\\s*((?:fp|bf|int|tf)-?\\d+|bfloat16|half)\\b");
        static const RE2 any_format("(?i)\\b(?:fp|bf|int|tf)-?\\d+\\b|bfloat|\\bhalf\\b|\\b\\d+[- ]?bit\\b");
        const std::string_view before = std::string_view(text).substr(words_from, q.begin > words_from ? q.begin - words_from : 0);
        std::string after_format;
        if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), right_after, &after_format)) {
          c.narrower_field = narrower_field(field, after_format);
        } else {
          c.narrower_field = RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), any_format)
                                 ? narrower_field(field, before)
                                 : narrower_field(field, tail);
        }
      }
      place_claim(c, doc, block, q.begin, q.end, sentence);
      out.push_back(std::move(c));
    }

    for (const auto& e : in_range(block_enums, sentence)) {
      if (e.begin < sentence.begin || in_consumed(e.begin) || overlaps_mention(mentions, e.begin, e.end)) continue;
      if (text_lead && e.field == *lead_field) continue;  // read whole above
      Range clause = clause_of(text, sentence, e.begin);
      // "RAM is soldered: 32 GB of LPDDR5X": the laptop's system memory, not the GPU's.
      static const RE2 system_memory("(?i)\\b(?:ram|system memory|soldered|dimms?|so-?dimms?|sodimm)\\b");
      if (e.field == "memory_type" &&
          RE2::PartialMatch(re2::StringPiece(text.data() + sentence.begin, sentence.end - sentence.begin), system_memory)) {
        continue;
      }
      bool cue = (lead_field && *lead_field == e.field && e.begin >= lead->end) ||
                 enum_has_cue(e, std::string_view(text).substr(clause.begin, clause.end - clause.begin)) ||
                 architecture_names_the_card(e, text, clause);
      if (!cue) continue;
      auto gpu = attribute(ctx, block, e.begin, sentence);
      if (!gpu) continue;
      Claim c;
      c.kind = ClaimKind::value;
      c.field = e.field;
      c.gpu = *gpu;
      c.text_value = e.value;
      place_claim(c, doc, block, e.begin, e.end, sentence);
      out.push_back(std::move(c));
    }
  }
}

}  // namespace extract
