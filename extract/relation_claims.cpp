// Comparison and ratio claims with their subject, other side and stated numbers; tested in tests/extract/relation_claims_test.cpp.
#include "extract/relation_claims.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/field.h"
#include "extract/attribution.h"
#include "extract/field_cues.h"
#include "extract/pairs.h"
#include "extract/quantity_parser.h"

namespace extract {
namespace {

// "Compared with the RX 7900 XTX, ...", "unlike the L4": the words that make the name after them
// the other side of a comparison.
const RE2& compared_object() {
  static const RE2 re("(?i)\\b(?:compared (?:to|with)|unlike|versus|vs\\.?|against|relative to)(?:\\s+the)?\\s*$");
  return re;
}

std::string_view cut_noun(std::string_view noun) {
  // "faster but the L4 has ...": a conjunction right after the comparative starts a new clause.
  for (std::string_view w : {"but ", "while ", "whereas ", "and ", "or ", "yet "}) {
    if (noun.substr(0, w.size()) == w) return noun.substr(0, 0);
  }
  // " of ": "2.9x the bandwidth of the L4" is about the bandwidth; the GPU after it is the
  // other side (and the noun pattern stops at its digits, which would cut the name in half).
  static const char* stops[] = {" at ", " +", "(", ",", " with", " than", " and ", " due", " for ", " in ", " on ", " of ",
                                " but ", " while ", " whereas ", " per ", " —", " -", ";", ":", "."};
  size_t end = noun.size();
  for (const char* s : stops) {
    size_t p = noun.find(s);
    if (p != std::string_view::npos && p < end) end = p;
  }
  while (end > 0 && noun[end - 1] == ' ') --end;  // "power consumption (72 W ...": the span ends at the word
  return noun.substr(0, end);
}

std::string ratio_field(std::string_view noun) {
  static const RE2 bandwidth("(?i)^(memory )?bandwidth");
  static const RE2 memory("(?i)^(memory|vram|capacity|memory capacity)\\b");
  static const RE2 compute("(?i)^(compute|performance|throughput|tflops|fp32)\\b");
  static const RE2 power("(?i)^(power|power draw|power consumption|tdp|watts)\\b");
  re2::StringPiece n(noun.data(), noun.size());
  if (RE2::PartialMatch(n, bandwidth)) return "memory_bandwidth";
  if (RE2::PartialMatch(n, memory)) return "memory_size";
  if (RE2::PartialMatch(n, compute)) return "compute";
  if (RE2::PartialMatch(n, power)) return "tdp";
  return "";
}

std::string comparison_field(const std::string& relation, std::string_view noun) {
  static const RE2 tech("(?i)^(technology|architecture|generation|gen)\\b");
  static const RE2 vague("(?i)^(compute|performance|fit|value|overall|tier|option|choice|efficiency)");
  re2::StringPiece n(noun.data(), noun.size());
  if ((relation == "newer" || relation == "older") && RE2::PartialMatch(n, tech)) return "architecture";
  if (RE2::PartialMatch(n, vague)) return "";
  auto f = field_from_header(noun);
  if (!f || f->empty()) return "";
  if (*f == "memory_clock") return "memory_clock";
  return *f;
}

std::string normalize_relation(std::string r) {
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (r == "greater" || r == "larger" || r == "bigger" || r == "more" || r == "faster" || r == "wider" || r == "above" ||
      r == "exceeds" || r == "exceed") {
    return "higher";
  }
  if (r == "smaller" || r == "less" || r == "fewer" || r == "slower" || r == "narrower" || r == "below" || r == "under" ||
      r == "behind" || r == "trails") {
    return "lower";
  }
  return r;  // higher, lower, better, worse, newer, older
}

std::optional<Operand> operand_for(const std::optional<GpuRef>& gpu) {
  if (!gpu) return std::nullopt;
  Operand o;
  o.gpu = *gpu;
  return o;
}

void attach_pair_values(const std::string& text, Range sentence, size_t after, core::Dimension dim, Claim& c) {
  for (const auto& pair : find_pairs(text, sentence)) {
    if (pair.whole.begin < after) continue;
    for (const auto& [l, r] : pair.values) {
      if (l.quantity.dimension() != dim) continue;
      c.subject.stated = l.quantity;
      if (!c.others.empty()) c.others.front().stated = r.quantity;
      return;
    }
  }
}

core::Dimension dimension_of_field(const std::string& field) {
  if (field == "compute") return core::Dimension::flops;
  const auto* info = core::find_field(field);
  return info ? info->dimension : core::Dimension::count;
}

// The GPU a comparative at `before` is said of: the first one named in its own clause
// ("..., but the L4 uses less power"), passing over the other side of a comparison
// ("Compared with the RTX 4090, the L4 has lower TDP"); else the sentence's subject.
std::optional<GpuRef> comparison_subject(const DocumentContext& ctx, size_t block, Range sentence, size_t before) {
  static const RE2 clause_break("(?i)(,? but |, while | while |, whereas | whereas |; |, and )");
  // "It has the same bandwidth as the RTX 5080 and 8 GB more memory": a yardstick is no subject.
  static const RE2 object_of(std::string("(?i)\\b(than|vs\\.?|versus|compared to|compared with|against|unlike|like|") + kSameAs + ")( the)?\\s*$");
  const std::string& text = ctx.doc().blocks[block].text;
  size_t clause_begin = sentence.begin;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g;
  while (clause_begin < before && clause_break.Match(input, clause_begin, before, RE2::UNANCHORED, &g, 1)) {
    clause_begin = static_cast<size_t>(g.data() - text.data()) + g.size();
  }
  for (size_t from : {clause_begin, sentence.begin}) {
    std::vector<GpuRef> objects;
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.begin < from || m.begin >= before || m.possessive) continue;
      std::string_view lead_in = std::string_view(text).substr(from, m.begin - from);
      GpuRef r = ctx.mention_ref(block, m, Attribution::same_clause);
      if (m.predecessor || RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), object_of)) {
        objects.push_back(r);
        continue;
      }
      // "Compared with MI250X nodes (3.2 TB/s per MI250X), MI300A nodes offer ...": the object
      // named again in an aside is still the object.
      if (std::any_of(objects.begin(), objects.end(), [&](const GpuRef& o) { return same_gpu(o, r); })) continue;
      return r;
    }
  }
  // "Compared with the MI250X nodes (...), Cascade-APU nodes offer higher bandwidth": when the
  // sentence names only the object, the subject is no GPU it names.
  auto subject = sentence_subject(ctx, block, sentence, before);
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin >= before || !subject) break;
    std::string_view lead_in = std::string_view(text).substr(sentence.begin, m.begin - sentence.begin);
    if ((m.predecessor || RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), object_of)) &&
        same_gpu(ctx.mention_ref(block, m, Attribution::same_clause), *subject)) {
      return std::nullopt;
    }
  }
  return subject;
}

void add_comparatives(const DocumentContext& ctx, size_t block, Range sentence, std::vector<Claim>& out) {
  static const RE2 re(
      "(?i)\\b(higher|greater|larger|bigger|more|lower|smaller|less|fewer|faster|slower|better|worse|newer|older|wider|narrower)"
      "\\b(?:\\s+(?:number|amount) of)?\\s+([A-Za-z][A-Za-z0-9 ()-]{0,60})");
  const std::string& text = ctx.doc().blocks[block].text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[3];
  size_t pos = sentence.begin;
  while (pos < sentence.end && re.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 3)) {
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    pos = begin + g[1].size();  // the noun may hold the next comparison ("... and greater bandwidth")
    // "higher-tier", "more than": not a comparison of a spec.
    if (begin + g[1].size() < text.size() && text[begin + g[1].size()] == '-') continue;
    // "has no more memory than", "is not faster than": a negated comparison states neither side.
    static const RE2 negated("(?i)\\b(?:no|not|never|hardly|barely)\\s+$");
    std::string_view lead(text.data() + sentence.begin, begin - sentence.begin);
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), negated)) continue;
    // "5.3 TB/s for less than an H100": a price, not a spec.
    static const RE2 for_price("(?i)\\bfor\\s+$");
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), for_price)) continue;
    // "so the newer card actually has slightly less bandwidth": "the newer card" picks out a
    // card and claims nothing, and a comparison it is the subject of has no named subject.
    static const RE2 picks_out_card("(?i)\\bthe\\s+$");
    static const RE2 card_noun("(?i)^\\s*(?:card|gpu|chip|part|one|board|model)s?\\b");
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), picks_out_card) &&
        RE2::PartialMatch(re2::StringPiece(text.data() + begin + g[1].size(), text.size() - begin - g[1].size()), card_noun)) {
      continue;
    }
    static const RE2 described_subject(
        "(?i)\\b(?:the|this|that)\\s+(?:newer|older|cheaper|pricier|faster|slower|bigger|smaller|other|latter|former)\\s+"
        "(?:card|gpu|chip|part|one|board|model)\\s+(?:[a-z]+\\s+){0,3}$");
    if (RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), described_subject)) continue;
    std::string relation = normalize_relation(std::string(g[1].data(), g[1].size()));
    std::string_view noun = cut_noun(std::string_view(g[2].data(), g[2].size()));
    if (noun.rfind("than", 0) == 0) continue;
    // "higher memory bandwidth per watt" compares a rate, not the spec.
    if (std::string_view(g[2].data(), g[2].size()).substr(noun.size()).rfind(" per ", 0) == 0) continue;
    std::string field = comparison_field(relation, noun);
    if (field.empty()) continue;
    const size_t end = static_cast<size_t>(noun.data() - text.data()) + noun.size();
    auto subject = comparison_subject(ctx, block, sentence, begin);
    if (!subject) continue;
    // "than the RTX 4070" names the other side; otherwise the page's counterpart.
    std::optional<GpuRef> other;
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.begin < end || m.begin >= sentence.end || m.entry < 0) continue;
      std::string_view gap = std::string_view(text).substr(end, m.begin - end);
      if (gap.find("than") != std::string_view::npos) other = ctx.ref(m, Attribution::same_clause);
      break;
    }
    // "Compared with the RX 7900 XTX, the 9070 XT has less memory": the object named before.
    if (!other) {
      for (const auto& m : ctx.mentions_in(block, sentence)) {
        if (m.begin >= begin || m.entry < 0) continue;
        std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
        GpuRef r = ctx.ref(m, Attribution::same_clause);
        // "For H100 users, the B200 has more memory": the GPU its users move from is the other side.
        if (!same_gpu(r, *subject) && (m.predecessor || RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), compared_object()))) other = r;
      }
    }
    // "## Best for AI: used RTX 3090" ... "the RTX 5080 is $949, but that is 8 GB less memory":
    // in a section about another GPU, that GPU is the other side before the page's pair.
    // "the 4060 Ti 16GB has double the 4060's VRAM but only ~6% more bandwidth": the sentence
    // names, before the comparison, another GPU's own figures that none of the readings above
    // took for the other side; a page-level guess at it would compare with the wrong card.
    const auto in_sentence = ctx.mentions_in(block, sentence);
    const bool names_another = std::any_of(in_sentence.begin(), in_sentence.end(), [&](const Mention& m) {
      return m.entry >= 0 && m.possessive && m.begin >= sentence.begin && m.begin < begin && !same_gpu(ctx.ref(m, Attribution::same_clause), *subject);
    });
    if (!other && names_another) continue;
    if (!other) {
      if (auto section = ctx.section_subject(block); section && !same_gpu(*section, *subject)) other = section;
    }
    if (!other) other = ctx.counterpart(*subject);
    if (!other || same_gpu(*other, *subject)) continue;
    Claim c;
    c.kind = ClaimKind::comparison;
    c.field = field;
    c.relation = relation;
    c.gpu = *subject;
    c.subject.gpu = *subject;
    c.others.push_back(*operand_for(other));
    attach_pair_values(text, sentence, end, dimension_of_field(field), c);
    place_claim(c, ctx.doc(), block, begin, end, sentence);
    out.push_back(std::move(c));
  }
}

// "300 GB/s is dramatically below RTX 4090's 1 TB/s, L40S's 864 GB/s, and ... 288 GB/s"
void add_below_lists(const DocumentContext& ctx, size_t block, Range sentence,
                     const std::vector<FoundQuantity>& block_quantities, std::vector<Claim>& out) {
  static const RE2 re("(?i)\\b(below|above|under|behind|exceeds?|trails?|beats?)\\b");
  const std::string& text = ctx.doc().blocks[block].text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  if (!re.Match(input, sentence.begin, sentence.end, RE2::UNANCHORED, g, 2)) return;
  const size_t word = static_cast<size_t>(g[1].data() - text.data());
  const auto quantities = in_range(block_quantities, sentence);
  const FoundQuantity* left = nullptr;
  for (const auto& q : quantities) {
    if (q.begin >= sentence.begin && q.end <= word && q.has_unit) left = &q;
  }
  if (!left) return;
  std::string field = field_from_context(left->quantity, true, "", "");
  if (field.empty()) return;
  auto subject = attribute(ctx, block, left->begin, sentence);
  if (!subject) return;
  Claim c;
  c.kind = ClaimKind::comparison;
  c.field = field;
  std::string b = std::string(g[1].data(), g[1].size());
  c.relation = normalize_relation(b == "beats" || b == "beat" ? std::string("above") : b);
  c.gpu = *subject;
  c.subject.gpu = *subject;
  c.subject.stated = left->quantity;
  size_t end = word + g[1].size();
  for (const auto& m : ctx.mentions_in(block, sentence)) {
    if (m.begin < word || m.begin >= sentence.end || !m.possessive || m.entry < 0) continue;
    for (const auto& q : quantities) {
      if (q.begin < m.end || q.quantity.dimension() != left->quantity.dimension()) continue;
      if (q.begin - m.end > 6) break;
      Operand o;
      o.gpu = ctx.ref(m, Attribution::possessive);
      o.stated = q.quantity;
      o.span = ctx.doc().blocks[block].span_of(q.begin, q.end);
      c.others.push_back(o);
      end = q.end;
      break;
    }
  }
  if (c.others.empty()) return;
  place_claim(c, ctx.doc(), block, word, end, sentence);
  out.push_back(std::move(c));
}

void add_ratios(const DocumentContext& ctx, size_t block, Range sentence,
                const std::vector<FoundQuantity>& block_quantities, std::vector<Claim>& out) {
  static const RE2 times("(~\\s*|about |roughly |nearly |almost |around )?(\\d+(?:\\.\\d+)?)\\s*(?:×|x|X)\\s+(?:the\\s+)?(?:more\\s+)?([A-Za-z][A-Za-z ]{0,30})");
  static const RE2 fraction("(?i)(~\\s*|about |roughly |nearly |almost |around )?\\b(\\d)\\s*/\\s*(\\d{1,2})\\s+(?:of|the)\\s+");
  const std::string& text = ctx.doc().blocks[block].text;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[4];
  size_t pos = sentence.begin;
  while (pos < sentence.end && times.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 4)) {
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    const size_t number = static_cast<size_t>(g[2].data() - text.data());
    pos = begin + g[0].size();
    if (number > 0 && std::isalnum(static_cast<unsigned char>(text[number - 1]))) continue;
    std::string_view noun = cut_noun(std::string_view(g[3].data(), g[3].size()));
    std::string field = ratio_field(noun);
    if (field.empty()) continue;
    const size_t noun_end = static_cast<size_t>(noun.data() - text.data()) + noun.size();
    const std::string_view after_noun = std::string_view(text).substr(noun_end, sentence.end - noun_end);
    // "2x the performance per watt" is an efficiency ratio, not one of the spec.
    if (after_noun.rfind(" per ", 0) == 0) continue;
    // "2.9x the bandwidth of the L4" names the other side; "2x the memory of one" names no GPU.
    std::optional<GpuRef> named;
    if (after_noun.rfind(" of ", 0) == 0) {
      for (const auto& m : ctx.mentions_in(block, sentence)) {
        if (m.begin < noun_end || m.begin > noun_end + 8) continue;  // " of the " and the name
        if (m.entry >= 0) named = ctx.ref(m, Attribution::same_clause);
        break;
      }
      if (!named) continue;
    }
    auto subject = sentence_subject(ctx, block, sentence, begin);
    // "With 2.4x the memory of an H100, a single MI300X holds Llama 3 70B": a ratio fronted in a
    // "with" phrase belongs to the subject after its comma.
    static const RE2 fronted_with("(?i)^\\W*with\\s+(?:about\\s+|roughly\\s+|nearly\\s+|~\\s*)?$");
    if (RE2::PartialMatch(re2::StringPiece(text.data() + sentence.begin, begin - sentence.begin), fronted_with)) {
      subject.reset();
      const size_t comma = text.find(", ", begin);
      if (comma != std::string::npos && comma < sentence.end) {
        for (const auto& m : ctx.mentions_in(block, sentence)) {
          if (m.begin > comma && m.entry >= 0) {
            subject = ctx.ref(m, Attribution::same_clause);
            break;
          }
        }
      }
    }
    if (!subject) continue;
    // "For MI250X users, MI355X offers 2.5x the bandwidth": the GPU its users move from.
    if (!named) {
      for (const auto& m : ctx.mentions_in(block, sentence)) {
        if (m.begin >= begin) break;
        // "Compared with the T4's 16 GB, the L40S has ... 5x the power": the object set against it.
        const std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
        const bool set_against = m.predecessor || RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), compared_object());
        if (set_against && m.entry >= 0 && !same_gpu(ctx.ref(m, Attribution::same_clause), *subject)) {
          named = ctx.ref(m, Attribution::same_clause);
          break;
        }
      }
    }
    auto other = named ? named : ctx.counterpart(*subject);
    if (!other || same_gpu(*other, *subject)) {
      // "... than its rival": the one other GPU the paragraph has named so far.
      other.reset();
      bool several = false;
      for (const auto& m : ctx.mentions(block)) {
        if (m.begin >= begin || m.entry < 0) continue;
        GpuRef r = ctx.ref(m, Attribution::same_clause);
        if (same_gpu(r, *subject)) continue;
        if (other && !same_gpu(*other, r)) several = true;
        other = r;
      }
      if (!other || several) continue;
    }
    Claim c;
    c.kind = ClaimKind::ratio;
    c.field = field;
    c.gpu = *subject;
    c.subject.gpu = *subject;
    c.others.push_back(*operand_for(other));
    core::Quantity f;
    int decimals = 0;
    parse_number(std::string_view(g[2].data(), g[2].size()), f.value, decimals);
    f.decimals = decimals;
    f.unit = core::Unit::times;
    if (!g[1].empty()) f.qualifier = core::Qualifier::approximate;
    c.factor = f;
    const size_t end = static_cast<size_t>(noun.data() - text.data()) + noun.size();
    attach_pair_values(text, sentence, end, dimension_of_field(field), c);
    place_claim(c, ctx.doc(), block, begin, end, sentence);
    out.push_back(std::move(c));
  }
  // "roughly 1/3 of L40S's ~360 TFLOPS": the subject's own earlier figure against the other's.
  pos = sentence.begin;
  while (pos < sentence.end && fraction.Match(input, pos, sentence.end, RE2::UNANCHORED, g, 4)) {
    const size_t begin = static_cast<size_t>(g[0].data() - text.data());
    pos = begin + g[0].size();
    const Mention* owner = nullptr;
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.begin >= pos && m.possessive && m.entry >= 0 && m.begin - pos < 8) owner = &m;
    }
    if (!owner) continue;
    const auto quantities = in_range(block_quantities, sentence);
    const FoundQuantity* theirs = nullptr;
    const FoundQuantity* ours = nullptr;
    for (const auto& q : quantities) {
      if (q.begin >= owner->end && !theirs && q.has_unit) theirs = &q;
    }
    if (!theirs) continue;
    for (const auto& q : quantities) {
      if (q.begin >= sentence.begin && q.end <= begin && q.quantity.dimension() == theirs->quantity.dimension()) ours = &q;
    }
    auto subject = ours ? attribute(ctx, block, ours->begin, sentence) : sentence_subject(ctx, block, sentence, begin);
    if (!subject) continue;
    Claim c;
    c.kind = ClaimKind::ratio;
    c.field = field_from_context(theirs->quantity, true, std::string_view(text).substr(sentence.begin, theirs->begin - sentence.begin), "");
    if (c.field.empty() && theirs->quantity.dimension() == core::Dimension::flops) c.field = "compute";
    if (c.field.empty()) continue;
    c.gpu = *subject;
    c.subject.gpu = *subject;
    if (ours) c.subject.stated = ours->quantity;
    Operand o;
    o.gpu = ctx.ref(*owner, Attribution::possessive);
    o.stated = theirs->quantity;
    c.others.push_back(o);
    core::Quantity f;
    f.value = std::stod(std::string(g[2].data(), g[2].size())) / std::stod(std::string(g[3].data(), g[3].size()));
    f.unit = core::Unit::fraction;
    f.decimals = 2;
    if (!g[1].empty()) f.qualifier = core::Qualifier::approximate;
    c.factor = f;
    place_claim(c, ctx.doc(), block, begin, theirs->end, sentence);
    out.push_back(std::move(c));
  }
}

}  // namespace

void add_relation_claims(const DocumentContext& ctx, size_t block, std::vector<Claim>& out) {
  const std::string& text = ctx.doc().blocks[block].text;
  const auto quantities = find_quantities(text, ctx.number_style());
  for (const auto& sentence : ctx.sentences(block)) {
    add_comparatives(ctx, block, sentence, out);
    add_below_lists(ctx, block, sentence, quantities, out);
    add_ratios(ctx, block, sentence, quantities, out);
  }
}

}  // namespace extract
