// Comparisons by an amount; tested in tests/extract/difference_claims_test.cpp.
#include "extract/difference_claims.h"

#include <re2/re2.h>

#include "extract/attribution.h"

namespace extract {

void add_difference_claims(const DocumentContext& ctx, std::vector<Claim>& claims) {
  static const RE2 more("(?i)^\\s*(?:[a-z]+\\s+){0,2}?(?:more|extra|additional|higher|greater|larger|bigger)\\b");
  static const RE2 less("(?i)^\\s*(?:[a-z]+\\s+){0,2}?(?:less|fewer|lower|smaller)\\b");
  static const RE2 than("(?i)\\bthan\\s+(?:the\\s+|an?\\s+)?(?:(?:nvidia|amd|intel)(?:'s|\xe2\x80\x99s)?\\s+)?$");
  std::vector<Claim> added;
  for (const auto& c : claims) {
    if (c.kind != ClaimKind::value || c.scope != "difference" || !c.quantity || c.block < 0) continue;
    const auto& text = ctx.doc().blocks[static_cast<size_t>(c.block)].text;
    const std::string_view after = std::string_view(text).substr(c.block_end);
    const re2::StringPiece a(after.data(), after.size());
    const char* relation = RE2::PartialMatch(a, more) ? "higher" : (RE2::PartialMatch(a, less) ? "lower" : nullptr);
    if (!relation) continue;
    // "5.3 TB/s for less than an H100": the price is less, not the figure.
    static const RE2 for_price("(?i)^\\s*for\\s+(?:less|more|fewer)\\b");
    if (RE2::PartialMatch(a, for_price)) continue;
    Range sentence{0, text.size()};
    for (const auto& s : ctx.sentences(static_cast<size_t>(c.block))) {
      if (s.contains(c.block_begin)) {
        sentence = s;
        break;
      }
    }
    // The other side: the first GPU after the figure that "than" introduces. The subject:
    // the first GPU before the figure that is no earlier comparison's "than" side. "A has 128
    // fewer than B, which is 384 more than C" may mean B or A by "which": a guess either way.
    static const RE2 relative("(?i)^[^.;]{0,12}\\b(?:which|that|it)\\s+(?:is|has|are|was)\\b");
    const Mention* other = nullptr;
    const Mention* subject = nullptr;
    const Mention* relative_subject = nullptr;
    const Mention* earlier_than = nullptr;  // "256 fewer cores than B and 1 GB less VRAM": B for both
    for (const auto& m : ctx.mentions_in(static_cast<size_t>(c.block), sentence)) {
      if (m.entry < 0) continue;
      std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
      const bool after_than = RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), than);
      if (m.begin >= c.block_end) {
        if (!other && after_than) other = &m;
        continue;
      }
      std::string_view to_figure(text.data() + m.end, c.block_begin > m.end ? c.block_begin - m.end : 0);
      if (RE2::PartialMatch(re2::StringPiece(to_figure.data(), to_figure.size()), relative)) relative_subject = &m;
      if (!subject && !after_than) subject = &m;
      if (after_than) earlier_than = &m;
    }
    if (!other) other = earlier_than;
    if (!other || !subject) continue;
    GpuRef a_ref = ctx.ref(*subject, Attribution::same_clause);
    GpuRef b_ref = ctx.ref(*other, Attribution::same_clause);
    if (same_gpu(a_ref, b_ref)) continue;
    Claim d;
    d.kind = ClaimKind::comparison;
    d.field = c.field;
    d.relation = relation;
    d.gpu = a_ref;
    d.subject.gpu = a_ref;
    Operand o;
    o.gpu = b_ref;
    d.others.push_back(o);
    d.difference = c.quantity;
    d.span = c.span;
    d.text = c.text;
    d.sentence = c.sentence;
    d.block = c.block;
    d.block_begin = c.block_begin;
    d.block_end = c.block_end;
    d.confidence = 0.9;
    if (relative_subject && relative_subject != subject) {
      d.confidence = 0.4;
      d.confidence_reason = "a relative clause may be about either GPU";
    }
    added.push_back(std::move(d));
  }
  claims.insert(claims.end(), added.begin(), added.end());
}

}  // namespace extract
