// Confidence, scope and nearby GPUs of extracted claims; tested in tests/extract/claim_annotation_test.cpp.
#include "extract/claim_annotation.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "extract/enum_values.h"
#include "extract/other_subjects.h"
#include "extract/scope_words.h"

namespace extract {

void lower_confidence(Claim& c, double factor, const char* reason) {
  c.confidence *= factor;
  c.confidence_reason = reason;
}

namespace {

bool matches(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

void doubt(Claim& c, double factor, const char* reason) { lower_confidence(c, factor, reason); }

std::string vendor_of(const std::string& id) { return id.substr(0, id.find('-')); }

struct TableIndex {
  // (table, row, column) -> block
  std::map<std::tuple<int, int, int>, size_t> cells;
  std::map<int, std::vector<size_t>> blocks_of_table;
  // "| Card | Upgrade to | VRAM |", "| Console | ... | Closest PC GPU |": columns whose header
  // sets each row against another GPU, read once per table.
  std::map<int, std::vector<int>> yardstick_columns;
  // (table, row) -> the cell that counts the row's GPUs ("| p5.48xlarge | 8x H100 SXM | 640 GB |")
  std::map<std::pair<int, int>, size_t> counted_rows;
};

TableIndex index_tables(const core::Document& doc) {
  static const RE2 yardstick_header("(?i)\\b(?:closest|nearest|equivalent|similar|comparable|alternatives?|rivals?|competitors?|"
                                    "upgrade|replacement|successor|instead|versus|vs\\.?|counterpart|matching|match)\\b");
  TableIndex t;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto& b = doc.blocks[i];
    if (b.kind != core::BlockKind::table_cell || b.table < 0) continue;
    t.cells[{b.table, b.row, b.column}] = i;
    t.blocks_of_table[b.table].push_back(i);
    if (b.row == 0 && RE2::PartialMatch(b.text, yardstick_header)) t.yardstick_columns[b.table].push_back(b.column);
    static const RE2 counted_gpus("(?i)^\\s*\\d{1,3}\\s*[x\u00d7]\\s*\\S");
    if (RE2::PartialMatch(b.text, counted_gpus)) t.counted_rows.emplace(std::make_pair(b.table, b.row), i);
  }
  return t;
}

}  // namespace

double base_confidence(Attribution how) {
  switch (how) {
    case Attribution::possessive: return 0.95;
    case Attribution::same_clause: return 0.9;
    case Attribution::table_header: return 0.9;
    case Attribution::list_lead: return 0.9;
    case Attribution::heading: return 0.8;
    case Attribution::pair: return 0.75;
    // "this card" is the writer naming the page's card on purpose, past the one compared with.
    case Attribution::demonstrative: return 0.85;
    // A list read in order is the writer pairing names and figures; a slip pairs them wrong.
    case Attribution::respective: return 0.85;
    case Attribution::parenthetical: return 0.9;
    case Attribution::page_subject: return 0.7;
    case Attribution::previous_sentence: return 0.6;
    case Attribution::none: return 0.0;
  }
  return 0.0;
}

void annotate_claims(const DocumentContext& ctx, std::vector<Claim>& claims) {
  const auto& doc = ctx.doc();
  const TableIndex tables = index_tables(doc);
  const auto& p = patterns();
  // Where the page first names each GPU and has its first heading, found once (the checks
  // below would otherwise rescan the document for every claim).
  size_t first_heading = doc.blocks.size();
  std::map<std::string, std::pair<size_t, size_t>> first_mention;  // id -> (block, end offset)
  std::vector<bool> partner_section(doc.blocks.size(), false);  // under a heading naming a partner card
  bool in_partner_section = false;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (first_heading == doc.blocks.size() && doc.blocks[i].kind == core::BlockKind::heading) first_heading = i;
    if (doc.blocks[i].kind == core::BlockKind::heading) in_partner_section = matches(doc.blocks[i].text, p.partner);
    partner_section[i] = in_partner_section;
    for (const auto& m : ctx.mentions(i)) {
      if (m.entry >= 0) first_mention.emplace(ctx.ref(m, Attribution::page_subject).id, std::make_pair(i, m.end));
    }
  }
  for (auto& c : claims) {
    if (c.block < 0 || static_cast<size_t>(c.block) >= doc.blocks.size()) continue;
    const size_t block = static_cast<size_t>(c.block);
    const auto& b = doc.blocks[block];
    const std::string& text = b.text;
    c.confidence = base_confidence(c.gpu.attributed_by);
    if (c.confidence < 1.0 && c.confidence_reason.empty()) c.confidence_reason = to_string(c.gpu.attributed_by);

    for (const auto& r : ctx.page_subjects()) add_ids(r, c.nearby_gpus);
    if (auto s = ctx.section_subject(block)) add_ids(*s, c.nearby_gpus);
    add_ids(c.gpu, c.nearby_gpus);

    if (b.kind == core::BlockKind::table_cell && b.table >= 0) {
      // A cell's context is the cell, its row header and its column header.
      std::string wide = text;
      auto cell = [&](int r, int col) -> const core::Block* {
        auto it = tables.cells.find({b.table, r, col});
        return it == tables.cells.end() ? nullptr : &doc.blocks[it->second];
      };
      if (const auto* h = cell(b.row, 0); h && b.column != 0) wide += " | " + h->text;
      if (const auto* h = cell(0, b.column); h && b.row != 0) wide += " | " + h->text;
      std::string_view before(text.data(), std::min(c.block_begin, text.size()));
      std::string_view after = std::string_view(text).substr(std::min(c.block_end, text.size()));
      c.scope = scope_of(before, after, wide);
      // "| Tensor Cores per SM | 4 |", "| Memory bandwidth per stack | 311 GB/s |": the header
      // says the figure is per unit.
      static const RE2 per_unit_header("(?i)\\b(?:per|each|/)\\s*(?:sm|cu|stack|die|xcd|gcd|chip|core|link|pin|slice|partition|tile|chiplet|module)s?\\b");
      for (const auto* h : {cell(b.row, 0), cell(0, b.column)}) {
        if (c.scope.empty() && h && h != &b && matches(h->text, per_unit_header)) c.scope = "per_unit";
      }
      // "| p5.48xlarge | 8x H100 SXM | 640 GB |": a row that counts its GPUs gives their total.
      // The row may still give per-GPU figures ("| Summit | 6x V100 SXM2 16GB | 16 GB HBM2 |"), so
      // only a figure that is a whole multiple of the GPU's own is read as the total.
      if (auto it = tables.counted_rows.find({b.table, b.row}); c.scope.empty() && it != tables.counted_rows.end() && it->second != block) {
        const auto& counted = ctx.mentions(it->second);
        if (std::any_of(counted.begin(), counted.end(), [](const Mention& m) { return m.entry >= 0; })) c.scope = "possible_system";
      }
      // A table that sets each row against another GPU leaves open whose figures the row gives.
      if (auto it = tables.yardstick_columns.find(b.table); it != tables.yardstick_columns.end() &&
                                                            std::any_of(it->second.begin(), it->second.end(), [&](int col) { return col != b.column; })) {
        doubt(c, 0.4, "the table sets each row against another GPU");
      }
      c.partner_card = partner_section[block] || matches(wide, p.partner);
      c.says_limit = true;  // a spec table's "MIG instances" column lists the limit
      if (auto it = tables.blocks_of_table.find(b.table); it != tables.blocks_of_table.end()) {
        for (size_t cb : it->second) {
          for (const auto& m : ctx.mentions(cb)) {
            if (m.entry >= 0) add_ids(ctx.ref(m, Attribution::table_header), c.nearby_gpus);
          }
        }
      }
      continue;
    }

    // Prose: the sentence and clause around the figure.
    Range sentence{0, text.size()};
    for (const auto& s : ctx.sentences(block)) {
      if (s.contains(c.block_begin)) {
        sentence = s;
        break;
      }
    }
    Range clause = sentence;
    for (const auto& cl : split_clauses(text, sentence)) {
      if (cl.contains(c.block_begin)) {
        clause = cl;
        break;
      }
    }
    const size_t from = std::min(clause.begin, c.block_begin);
    std::string_view before = std::string_view(text).substr(from, c.block_begin - from);
    std::string_view after =
        std::string_view(text).substr(c.block_end, clause.end > c.block_end ? clause.end - c.block_end : 0);
    std::string_view sentence_text = std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin);
    c.partner_card = partner_section[block] || matches(sentence_text, p.partner);
    // "A 140 W RTX 5070 Ti Laptop design" is a maker's setting; "rated at 140 W" is a rating.
    static const RE2 rating_words("(?i)\\b(?:rated|rating|rates|tgp|tdp|tbp|maximum|max|spec(?:s|ified)?|official(?:ly)?|limit|ceiling)\\b");
    c.says_rating = matches(sentence_text, rating_words);
    static const RE2 limit_words("(?i)\\b(?:up to|at most|as many as|maximum|max|limit|supports?|splits? into|partition(?:s|ed)? into)\\b");
    c.says_limit = matches(sentence_text, limit_words);
    std::string_view near_before = before.substr(before.size() > 60 ? before.size() - 60 : 0);
    std::string_view near_after = after.substr(0, 40);
    std::string wide = std::string(near_before) + " " + std::string(near_after);
    c.scope = scope_of(before, after, wide);
    // "An 8x H100 SXM server, once racked and cabled ..., carries 640 GB": a system named
    // further back may still own the figure; only an exact multiple of the GPU's value says so.
    if (c.scope.empty() && matches(sentence_text, p.system)) c.scope = "possible_system";
    // A memory data rate is a per-pin figure by definition: "6.4 Gbps per pin" is the GPU's rate.
    static const RE2 per_pin("(?i)\\b(?:per|each|every|a|/)\\s*pin\\b|\\bpin[- ]level\\b");
    if (c.scope == "per_unit" && c.field == "memory_data_rate" && matches(wide, per_pin)) c.scope.clear();
    // No single GPU draws 2.5 kW or holds 2 TB: such a figure is a system's, whatever the words.
    if (c.scope.empty() && c.quantity &&
        ((c.field == "tdp" && c.quantity->base_value() >= 2500) || (c.field == "memory_size" && c.quantity->base_value() >= 2e12))) {
      c.scope = "system";
    }
    // "a 3 nm node", "XCDs built on TSMC 3 nm": a process node is never a system's or one
    // die's figure alone, whatever "node" or "XCD" means elsewhere.
    if ((c.scope == "system" || c.scope == "per_unit") && c.field == "process") c.scope.clear();
    if (c.scope.empty() && b.kind == core::BlockKind::list_item) {
      // "A GB200 NVL72 rack links 72 GPUs:" then "- 1,440 PFLOPS of FP4": the items of a list a
      // system introduces are the system's figures.
      size_t i = block;
      while (i > 0 && doc.blocks[i - 1].kind == core::BlockKind::list_item) --i;
      if (i > 0 && doc.blocks[i - 1].kind == core::BlockKind::paragraph) {
        std::string_view intro = doc.blocks[i - 1].text;
        while (!intro.empty() && std::isspace(static_cast<unsigned char>(intro.back()))) intro.remove_suffix(1);
        if (!intro.empty() && intro.back() == ':' && matches(intro, p.system)) c.scope = "system";
      }
    }

    const Mention* owner = nullptr;  // the mention the GPU came from, when it is in this sentence
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.entry < 0) continue;
      const GpuRef r = ctx.ref(m, Attribution::same_clause);
      add_ids(r, c.nearby_gpus);
      add_ids(r, c.sentence_gpus);
      if (m.end <= c.block_begin && r.id == c.gpu.id) owner = &m;
    }
    // "Does the RTX 5070 have more memory than the RTX 4070?", "Is 12GB enough on the 7800 XT?":
    // a question asserts nothing.
    // The question mark may sit just past the sentence's end behind closing markup ("?**"),
    // but never in the next sentence ("... units? A forum post said so.").
    static const RE2 question("\\?[\\s*_\"'\u201d\u2019)]*$");
    static const RE2 markup_then_question("^[\\s*_\"'\u201d\u2019)]*\\?");
    std::string_view own_sentence = std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin);
    std::string_view past_end = std::string_view(text).substr(sentence.end, std::min<size_t>(4, text.size() - sentence.end));
    if (matches(own_sentence, question) || matches(past_end, markup_then_question)) doubt(c, 0.3, "a question asserts nothing");
    // '## Myth 7: "Jetson AGX Orin has its own VRAM"' then a quoted paragraph: the myth itself.
    if (b.section >= 0) {
      static const RE2 myth_heading("(?i)\\b(?:myths?|misconceptions?|rumou?rs?)\\b");
      static const RE2 quoted_block("^\\s*[\"“]");
      if (matches(doc.blocks[static_cast<size_t>(b.section)].text, myth_heading) && matches(text, quoted_block)) {
        doubt(c, 0.2, "a myth quoted to be corrected, not the writer's claim");
      }
    }
    doubt_other_subjects(c, FigureWords{text, sentence, clause, before, near_before, near_after,
                                         !owner && std::find(c.sentence_gpus.begin(), c.sentence_gpus.end(), c.gpu.id) == c.sentence_gpus.end()});
    // "rated at 250 W, the same as the RTX 5070": the value is claimed for both GPUs.
    static const RE2 same_as("(?i)^\\W*(?:the same as|same as|identical to|just like|matching|equal to|as (?:does|on) the)\\b");
    c.shared_with_other = matches(after, same_as);
    // "Like the RTX A6000, the RTX 6000 Ada supports NVLink": said of the subject after the
    // comma as much as of the card it is likened to, so that card's value excuses nothing.
    static const RE2 like_opening("(?i)^(\\W*(?:just\\s+|much\\s+)?like\\s+(?:the\\s+|an?\\s+|its\\s+)?[^,;]{1,40},)");
    re2::StringPiece likened;
    if (!c.shared_with_other && owner &&
        RE2::PartialMatch(re2::StringPiece(sentence_text.data(), sentence_text.size()), like_opening, &likened)) {
      const size_t comma = static_cast<size_t>(likened.data() - text.data()) + likened.size();
      c.shared_with_other = owner->begin >= comma;
    }
    // "the RTX 4090, like the 3090, supports NVLink": an aside likens the subject to another card.
    static const RE2 like_aside("(?i)(,\\s*(?:just\\s+|much\\s+)?like\\s+(?:the\\s+|an?\\s+)?[^,;]{1,40},)");
    re2::StringPiece aside;
    re2::StringPiece before_claim(text.data() + sentence.begin, c.block_begin > sentence.begin ? c.block_begin - sentence.begin : 0);
    if (!c.shared_with_other && owner && RE2::PartialMatch(before_claim, like_aside, &aside) &&
        owner->end <= static_cast<size_t>(aside.data() - text.data())) {
      c.shared_with_other = true;
    }
    // "Unlike the RTX 4090, the 3090 never had an NVLink connector": the card set against the
    // subject is said to differ, so its value is no innocent reading of the subject's.
    for (const auto& m : ctx.mentions_in(block, sentence)) {
      if (m.entry < 0 || m.begin >= c.block_begin) continue;
      static const RE2 unlike_before("(?i)\\bunlike\\s+(?:the\\s+|an?\\s+)?$");
      const std::string_view lead(text.data() + sentence.begin, m.begin - sentence.begin);
      if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), unlike_before)) continue;
      const GpuRef r = ctx.ref(m, Attribution::same_clause);
      if (r.id != c.gpu.id) add_ids(r, c.rivals);
    }
    if (c.kind != ClaimKind::value) {
      // A comparison or ratio whose subject the sentence never names is a guess at both sides.
      // (A section heading, "Advantages of the RTX 4070", names its subject on purpose.)
      if (c.gpu.attributed_by == Attribution::previous_sentence || c.gpu.attributed_by == Attribution::page_subject)
        doubt(c, 0.6, "the comparison's subject is not named in its sentence");
      continue;
    }
    if (c.gpu.attributed_by == Attribution::page_subject) {
      // "I remember the night the 3070 launched ... 8GB": an opening before the page's first
      // heading, and before it names its subject, is about something else.
      bool named_before = first_heading < block;
      if (auto it = first_mention.find(c.gpu.id); it != first_mention.end()) {
        named_before = named_before || it->second.first < block || (it->second.first == block && it->second.second <= c.block_begin);
      }
      if (!named_before) doubt(c, 0.5, "the page has not named its subject before this figure");
      // "Its 347 GB/s is about the same as ..." in a thread that has named many cards: the
      // pronoun points at whichever one the writer had in mind, not at the page's subject.
      static const RE2 pronoun_opening("(?i)^\\W*(?:it|its|it['’]s)\\b");
      constexpr size_t kManyGpus = 3;
      const size_t named_earlier = static_cast<size_t>(std::count_if(first_mention.begin(), first_mention.end(),
                                                                      [&](const auto& e) { return e.second.first < block; }));
      if (named_earlier >= kManyGpus && matches(sentence_text, pronoun_opening)) {
        doubt(c, 0.5, "a pronoun on a page that has named many GPUs, with none named near it");
      }
    }
    if (owner && c.gpu.attributed_by == Attribution::same_clause) {
      std::string_view between = std::string_view(text).substr(owner->end, c.block_begin - owner->end);
      // "the A6000 offers 48 GB compared to 24 GB": the second figure is the other side's.
      // "The RTX 4060 Ti is fine, but it is a 200 W card": the pronoun after "but" brings the
      // same GPU back as the subject.
      static const RE2 same_subject_again("(?i)\\b(?:but|yet|while|whereas)\\s+(?:it|it's|its|this card|the card)\\b[^,;]*$");
      // Only when that GPU opened the sentence: in "The RTX 4090 beats the RTX 4080, but it
      // draws 450 W" the "it" is the 4090's, not the 4080's.
      static const RE2 subject_lead("(?i)^\\W*(?:(?:the|nvidia|nvidia's|amd|amd's|intel|intel's|geforce|radeon|new|original|but|and|so)\\s+){0,3}$");
      const bool owner_opens = matches(std::string_view(text).substr(sentence.begin, owner->begin - sentence.begin), subject_lead);
      // "The A10G is cheap, and unlike the L40S it has only 64 SMs": the GPU set aside is
      // named and the pronoun brings the subject back.
      static const RE2 aside_then_subject(
          "(?i)\\b(?:unlike|like|compared (?:to|with)|versus|vs\\.?|against)\\s+(?:the\\s+|an?\\s+)?[^,;.]{1,30}?[\\s,]+"
          "(?:it|this card|the card)(?:\\s+(?:has|have|had|is|was|offers|gets|uses|runs|draws|supports|carries|keeps|packs|comes)\\b[^,;]*)?\\s*$");
      const bool subject_back = owner_opens && matches(between, aside_then_subject);
      if (matches(between, p.contrast) && !(owner_opens && matches(between, same_subject_again)) && !subject_back) {
        doubt(c, 0.4, "the figure follows a comparison word after its GPU");
      }
      if (matches(between, p.new_subject) && !subject_back)
        doubt(c, 0.4, "another subject (\"this card\", \"it\") stands between the GPU and the figure");
      // "the RTX 2080 Ti ... a new GTX Titan GPU, which has 4,608 cores": a product the
      // catalog does not know stands between the name and the figure.
      for (const auto& m : ctx.mentions_in(block, sentence)) {
        if (m.entry < 0 && m.begin >= owner->end && m.end <= c.block_begin) {
          doubt(c, 0.3, "an unknown product is named between the GPU and the figure");
          break;
        }
      }
    }
    {
      // The architecture named in this figure's own phrase, before it or right after it.
      static const RE2 arch_word(
          "(?i)\\b(Ada Lovelace|Lovelace|Ampere|Hopper|Blackwell|Turing|Volta|Pascal|Maxwell|RDNA ?\\d(?:\\.\\d)?|CDNA ?\\d)\\b");
      static const RE2 arch_after(
          "(?i)^\\s*(?:on|in|of|for|with)\\s+(?:the\\s+)?(Ada Lovelace|Lovelace|Ampere|Hopper|Blackwell|Turing|Volta|Pascal|RDNA ?\\d|CDNA ?\\d)\\b");
      std::string_view phrase = near_before.substr(near_before.size() > 30 ? near_before.size() - 30 : 0);
      if (size_t cut = phrase.find_last_of(",;"); cut != std::string_view::npos) phrase.remove_prefix(cut + 1);
      std::string word;
      if (RE2::PartialMatch(re2::StringPiece(near_after.data(), near_after.size()), arch_after, &word) ||
          RE2::PartialMatch(re2::StringPiece(phrase.data(), phrase.size()), arch_word, &word)) {
        c.generation_named = canonical_architecture(word);
      }
    }
    if (matches(near_before, p.changed_from) || (matches(near_before, p.bare_from) && matches(after, p.then_to)))
      doubt(c, 0.4, "the figure is the value it changed from");
    if (matches(near_before, p.retracted_before) || matches(near_after, p.retracted_after))
      doubt(c, 0.3, "the writer takes the figure back");
    // "uses AD107, not AD106": the value after "not" is the one denied.
    static const RE2 denied("(?i)(?:^|[,;(]\\s*|\\s)(?:not|rather than|instead of)\\s+(?:the\\s+|an?\\s+)?$");
    if (matches(near_before, denied)) doubt(c, 0.3, "the figure is the one the sentence denies");
    // "Each GH200 node has four superchips: ...": a sentence about a node or server.
    static const RE2 system_sentence("(?i)^\\W*(?:each|a|one|every|the|per)\\s+(?:[\\w-]+\\s+){0,2}(?:node|server|system|rack|blade|chassis|pod|tray)s?\\b");
    if (c.scope.empty() && matches(sentence_text, system_sentence)) c.scope = "system";
    if (matches(sentence_text, p.speculative)) doubt(c, 0.5, "the sentence speculates about what may come");
    if (matches(near_after, p.other_generation_after))
      doubt(c, 0.4, "the words after the figure give it to another generation");
    if (matches(near_before, p.earlier_product))
      doubt(c, 0.4, "the words before the figure describe an earlier product");
    if (owner) {
      std::string_view lead_in = std::string_view(text).substr(sentence.begin, owner->begin - sentence.begin);
      if (matches(lead_in, p.refresh_of))
        doubt(c, 0.4, "the sentence is about a refresh or successor of the GPU named");
    }
    if (!owner && b.kind == core::BlockKind::heading) {
      // "## Why HBM3e Now": a heading names a topic, not a spec of the section's GPU.
      doubt(c, 0.5, "a heading that names no GPU");
    }
    if (!owner) {
      // The GPU came from outside the sentence while the sentence names a product the
      // catalog lacks, or a hypothetical one ("a new GTX Titan GPU, which has ...").
      bool unknown = matches(sentence_text, p.hypothetical);
      for (const auto& m : ctx.mentions_in(block, sentence)) unknown = unknown || m.entry < 0;
      if (unknown) doubt(c, 0.4, "the sentence names a product the catalog does not know");
      std::string_view lead_in = std::string_view(text).substr(sentence.begin, c.block_begin - sentence.begin);
      re2::StringPiece rest(lead_in.data(), lead_in.size());
      if (RE2::Consume(&rest, p.opening_while)) lead_in = std::string_view(rest.data(), rest.size());
      // "Memory capacity is close: 11 GB versus 12 GB": right after the word, the figure is the
      // other side's, and the sentence never names that side.
      static const RE2 right_after_contrast("(?i)\\b(?:versus|vs\\.?|against|than|compared (?:to|with)|unlike)\\s+(?:the\\s+|about\\s+|around\\s+|roughly\\s+|~\\s*)?$");
      if (c.gpu.attributed_by != Attribution::pair && c.gpu.attributed_by != Attribution::demonstrative && matches(lead_in, p.contrast))
        doubt(c, matches(lead_in, right_after_contrast) ? 0.3 : 0.7, "the figure follows a comparison word");
    }
    if (!owner && c.gpu.attributed_by == Attribution::same_clause) {
      // The GPU is named after the figure ("Treat 256 GB as ..., H200 at 141 GB").
      doubt(c, 0.7, "the GPU is named after the figure");
    }
    // "Nvidia managed its gains through Ada Lovelace" said in a paragraph about a Radeon.
    const bool named_here = std::find(c.sentence_gpus.begin(), c.sentence_gpus.end(), c.gpu.id) != c.sentence_gpus.end();
    if (c.gpu.resolved() && !owner && !named_here) {
      const std::string vendor = vendor_of(c.gpu.id);
      const bool other_vendor = (vendor != "nvidia" && matches(sentence_text, p.vendor_nvidia)) ||
                                (vendor != "amd" && matches(sentence_text, p.vendor_amd)) ||
                                (vendor != "intel" && matches(sentence_text, p.vendor_intel));
      if (other_vendor) doubt(c, 0.5, "the sentence names another vendor and not this GPU");
    }
  }
}

}  // namespace extract
