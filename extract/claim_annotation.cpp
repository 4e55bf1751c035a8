// Confidence, scope and nearby GPUs of extracted claims; tested in tests/extract/claim_annotation_test.cpp.
#include "extract/claim_annotation.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "extract/enum_values.h"
#include "extract/other_subjects.h"

namespace extract {

void lower_confidence(Claim& c, double factor, const char* reason) {
  c.confidence *= factor;
  c.confidence_reason = reason;
}

namespace {

bool matches(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

void doubt(Claim& c, double factor, const char* reason) { lower_confidence(c, factor, reason); }

// Scope words, compiled once. A figure with one of these near it is not one GPU's total.
struct ScopePatterns {
  // "4 MB per XCD", "128 cores per SM", "1 TB/s per stack", "38 CUs each"
  RE2 per_unit_before{
      "(?i)\\b(?:per|each|every)\\s+(?:[a-z0-9-]+\\s+){0,2}(?:sms?|cus?|xcds?|gcds?|dies?|chiplets?|stacks?|"
      "compute units?|cores?|links?|ports?|lanes?|pins?|slices?|tiles?|channels?|partitions?|clusters?|"
      "engines?|complex(?:es)?|modules?|cards?|chips?|xe[- ]cores?|subslices?|wgps?|gpcs?|tpcs?)\\b|"
      // "A single GDDR7 chip at 28 Gbps delivers 112 GB/s", "an HBM3e stack is closer to 1.2 TB/s".
      "\\b(?:a single|one|each|every|an?)\\s+(?:[\\w-]+\\s+){0,2}(?:chip|stack|die|pin|lane|link|package|channel)\\b[^;]*$|"
      // "the Blackwell SM includes 64 ...": a unit as the subject that holds the figure.
      "\\b(?:sm|cu|compute unit|xe[- ]core|subslice)\\s+(?:includes|contains|has|holds|packs|features|carries)\\s+(?:up to\\s+)?$|"
      // "in Xe2 the core is reorganised into 8 XMX units", "the SM contains 4 Tensor Cores"
      "\\b(?:the|each|an?)\\s+(?:xe2?[- ]?)?(?:core|sm|cu|compute unit|xe[- ]core|subslice)\\s+(?:is|was|has|contains|holds|includes|packs|gets|carries)\\b[^;]*$|"
      // "HBM3 stacks each run a 1024-bit interface", "split into two partitions of 25 MB".
      "\\b(?:stacks?|dies?|sms?|cus?|xcds?|gcds?|chiplets?|chips?|partitions?|slices?|links?|tiles?)\\s+each\\b|"
      "\\b(?:partitions?|slices?|instances?|stacks?|dies?|chiplets?|halves)\\s+of\\s+(?:up to\\s+)?$|"
      // "142 SMs, each with 128 CUDA cores"
      "\\b(?:sms|cus|compute units|xcds|gcds|dies|chiplets|chips|stacks|tiles|slices|partitions|clusters|gpcs|tpcs|xe[- ]cores)\\s*[,(]?\\s*"
      "each\\s+(?:with|having|holding|carrying|containing|of which (?:has|holds))\\s+[^;.]*$"};
  // "The RTX 4080 SUPER adds 512 CUDA cores over the RTX 4080": an amount added over another GPU.
  RE2 adds_before{"(?i)\\b(?:adds|gains|brings an? extra)\\s+$"};
  // "adds 4 GB of memory", "adds about 30% more cores and 4 GB": an amount on top of another
  // card's, whether or not the other card is named.
  RE2 adds_amount{"(?i)\\b(?:adds|gains)\\s+(?:(?:about|around|roughly|another|an? extra)\\s+)?(?:[^.;]{0,40}?\\bmore\\b[^.;]{0,30}?\\band\\s+)?$"};
  RE2 over_other{"(?i)\\b(?:over|than|compared (?:to|with)|versus|vs\\.?)\\b"};
  RE2 per_unit_after{
      "(?i)^(?:[^0-9]|[a-z]\\d+){0,30}?\\b(?:per|each|every|/)\\s*(?:[a-z0-9-]+\\s+){0,2}(?:sms?|cus?|xcds?|gcds?|dies?|"
      "chiplets?|chips?|stacks?|compute units?|links?|ports?|lanes?|pins?|slices?|tiles?|channels?|partitions?|"
      "clusters?|engines?|complex(?:es)?|modules?|controllers?)\\b|^\\s*each\\b|"
      // "one 2 GB chip per controller", "uses 32-bit controllers": a memory part's own figure
      "^[\\s-]*(?:gddr\\w*\\s+|hbm\\w*\\s+|memory\\s+)?(?:chips?|ics?|controllers?|channels?|packages?)\\b|"
      // "38 active compute units each"
      "^\\s*(?:[a-z-]+\\s+){1,3}each\\b"};
  // "per watt", "per dollar", "/W": efficiency, not a spec
  RE2 ratio_unit{"(?i)^[^,;|]{0,14}?(?:\\bper\\s+(?:watt|dollar|\\$|w\\b|kw)|/\\s*(?:w|watt|\\$)\\b|-per-watt)"};
  // "DGX B200 ... 1,440 GB", "~14.3 kW system", "across 8 GPUs", "8x H100", "NVL72"
  RE2 system{
      "(?i)\\b(?:dgx|hgx|mgx|superpod|pod|racks?|servers?|systems?|nodes?|clusters?|nvl\\d+|aggregate|combined|"
      "(?:\\d+|two|four|eight|sixteen)[- ]gpus?|(?:\\d+|two|four|eight|sixteen)\\s+gpus|(?:2|4|8|16|72)\\s*[x×]\\s*"
      "(?:gpus?|[a-z]{1,3}\\d))\\b|"
      // "Four RTX 6000 Ada cards offer 192 GB", "4x RTX 6000 Ada", "the 192 A100 GPUs in the
      // partition", "a bridged pair": several GPUs counted together.
      // A count, not a model number: "5070 Laptop GPUs" names parts, "1,024 GPUs" counts them.
      "\\b(?:\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight|ten|twelve|sixteen)\\s+(?:[\\w-]+\\s+){0,4}?(?:cards|gpus|accelerators|boards|modules)\\b|"
      // "Two RTX 3090s give you 48 GB", "8.7 PFLOPS for the partition".
      "\\b(?:two|three|four|five|six|seven|eight|ten|twelve|sixteen|\\d{1,3}(?:,\\d{3})*)\\s+(?:[\\w-]+\\s+){0,3}?[a-z]*\\d+s\\b|"
      "\\bfor the (?:whole |entire )?(?:partition|cluster|machine|system|node|rack|pod)\\b|"
      // "1.5 TB of GPU memory per instance": a cloud machine's total
      "\\bper (?:instance|vm|virtual machine|machine|box|host)\\b|"
      // "a single 2U box with 160 GB of VRAM"
      "\\b\\d+u\\s+(?:box|server|chassis|node|system)|\\bboxes\\b|"
      // "two of them get you 48 GB", "times eight that is 6 kW", "MI300X platform"
      // "24 x 80 GB = 1,920 GB"
      "\\b\\d+\\s*[x\u00d7]\\s*\\d+(?:[.,]\\d+)?\\s*(?:gb|tb|w|kw|gb/s|tb/s)\\b|"
      "\\b(?:two|three|four|eight|\\d+) of (?:them|these|those)\\b|\\btimes (?:two|four|eight|sixteen|\\d+)\\b|\\bplatforms?\\b|\\bchassis\\b|"
      // "The partition alone holds 614 TB", "the supercomputer has 40,000 GPUs"
      "\\b(?:the|this|that|each|a|our)\\s+(?:whole\\s+|entire\\s+)?(?:partition|cluster|supercomputer|installation|deployment|fleet)\\b|"
      "\\b(?:2|3|4|6|8|10|16|32|64|72)\\s*[x×]\\s+(?:rtx|gtx|geforce|radeon|rx|arc|nvidia|amd|intel|tesla|quadro|instinct|[a-z]{1,2}\\d)|\\b(?:bridged|nvlinked)?\\s*pair\\b|"
      // "RTX 3090 pairs are popular" (not the verb: "The Max 1550 pairs 128 GB with ...")
      "\\bpairs\\s+(?:are|were|give|gives|make|run|work)\\b"};
  RE2 maybe_system{"(?i)\\b(?:total|in all|overall)\\b"};
  // "50 W lower", "256 fewer CUDA cores", "four extra gigabytes"
  RE2 difference_after{
      "(?i)^\\s*(?:[a-z]+\\s+){0,2}?(?:more|less|fewer|lower|higher|extra|additional|greater|smaller|larger|"
      "bigger|faster|slower|increase|decrease|reduction|gain|uplift|improvement|deficit|advantage|"
      // "only 15 W above the RTX 4070 Ti SUPER"
      "(?:above|below|beyond)\\s+(?:the|an?|its|their|that|what|[A-Z0-9]\\w*)|"
      // the same words on German and French review pages
      "mehr|weniger|de plus|de moins)\\b"};
  // "The RTX 4090's 24 GB is more than the RTX 4080's 16 GB": a figure that is the subject of
  // "is more than" is a value set against another, not an amount of difference.
  RE2 value_compared{"(?i)^\\s*,?\\s*(?:is|are|was|were|sits|stays|remains|but|and|yet|while)\\s+(?:\\w+\\s+)?(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger|faster|slower)\\s+than\\b"};
  RE2 difference_before{"(?i)(?:\\b(?:extra|additional|another|by|an? (?:extra|additional)|amounts? to|adds? up to|(?:difference|gap|delta) of|zusätzlichen?|weitere|"
      // "it trades 4 GB of VRAM for lower power": the amount given up against the other card
      "trades?|trading|gives? up|giving up|sacrifices?|forgoes?|loses|losing)|\\+)\\s*(?:about|around|roughly)?\\s*[~≈]?\\s*$"};
  // Words that put the next figure on the other side of a comparison.
  RE2 contrast{"(?i)\\b(?:while|whereas|unlike|compared (?:to|with)|than|versus|vs\\.?|against|over|instead of|rather than|but|"
               "match(?:es)?|rivals?|beats?|outpaces?)\\b"};
  // "While GDDR7 closes the gap—achieving up to 1.5 TB/s—it ...": the opening "while" sets
  // the sentence against something else, not this figure against another GPU.
  RE2 opening_while{"(?i)^\\s*(?:while|whereas)\\b"};
  // "Compared to an RTX 4070 at 200 W, this card only demands 130 W": a new subject.
  RE2 new_subject{"(?i)\\b(?:this|that|the|our|its|their)\\s+(?:card|gpu|chip|model|accelerator|board|one)\\b|,\\s*it\\b|\\bit\\s+(?:has|uses|draws|offers|packs|comes|carries|needs|demands|runs)\\b"};
  // "a big leap from AMD's earlier CDNA 2", "refresh of MI300X with HBM3e": another product.
  RE2 earlier_product{"(?i)\\b(?:earlier|previous|prior|older|predecessor'?s?|last[- ]gen(?:eration)?|outgoing|from the)\\b[^.;]{0,24}$"};
  RE2 refresh_of{"(?i)\\b(?:refresh|successor|follow-up|replacement|upgrade|update|derivative|cut-down|variant)\\s+(?:of|to)\\s+(?:the\\s+)?$"};
  RE2 hypothetical{"(?i)\\b(?:a|an)\\s+(?:new|future|possible|hypothetical|rumou?red|upcoming)\\b[^.;]{0,40}\\b(?:gpu|card|model|chip)\\b"};
  // "the rumoured SUPER would go to 32 Gbps", "a SUPER version could get 24 GB": a figure
  // said of what may come, not of the card as it is.
  RE2 speculative{"(?i)\\b(?:would|could|might|may|rumou?r(?:ed|s)?|reportedly|expected to|is said to|leak(?:ed|s)?|speculat\\w*|hypothetical)\\b"};
  // "32 GB, up from 24 GB", "from 32 MB to 64 MB", "moved past 24 GB": the value it changed from.
  RE2 changed_from{"(?i)\\b(?:(?:up|down|increased|decreased|raised|grew|grows|rose|rises|jumps?|jumped|climbs?|climbed)\\s+from|"
                   "(?:moved|moves|move|goes|went|go|pushes|pushed|gets|got|gone) (?:past|beyond)|beyond|surpass(?:es|ed)?|"
                   // "boosts well past the 2,670 MHz on the box": a figure it goes beyond
                   "(?:boosts?|boosted|clocks?|clocked|runs?|ran|sails?|sailed|climbs?|climbed)\\s+(?:\\w+\\s+)?(?:past|above|beyond))\\s*(?:the\\s+|about\\s+|~\\s*)?$"};
  // "we previously said 96 MB; it is 64 MB", "not the 200 W we printed": a figure the writer
  // takes back.
  RE2 retracted_before{"(?i)\\b(?:we|i)\\s+(?:\\w+\\s+){0,2}?(?:said|wrote|listed|called|printed|stated|reported|gave|quoted|claimed|had)\\b[^;.]*$"};
  RE2 retracted_after{"(?i)^[^;.]{0,16}?\\b(?:we|i)\\s+(?:\\w+\\s+)?(?:said|wrote|listed|printed|stated|reported|gave|quoted|claimed|had)\\b"};
  RE2 bare_from{"(?i)\\bfrom\\s*(?:the\\s+|about\\s+|~\\s*)?$"};
  RE2 then_to{"(?i)^\\s*(?:[a-z]+\\s+){0,3}?(?:to|→|->)\\s*[~≈]?\\s*\\d"};
  // "900 GB/s on Hopper", "on the previous generation": the figure's own owner is another generation.
  RE2 other_generation_after{"(?i)^\\s*(?:on|in|for|with)\\s+(?:the\\s+)?(?:hopper|ampere|ada|lovelace|blackwell|turing|volta|pascal|rdna\\s*\\d?|cdna\\s*\\d?|previous|last|prior|older|earlier)\\b"};
  // Board partners and their card lines.
  RE2 partner{"(?i)\\b(?:asus|msi|gigabyte|zotac|sapphire|powercolor|xfx|evga|palit|gainward|pny|inno3d|colorful|asrock|galax|kfa2|"
              "amp|strix|tuf|rog|aorus|eagle|windforce|ventus|trio|suprim|gaming x|nitro\\+?|pulse|red devil|hellhound|"
              "phantom|twin edge|ichill|oc edition|\\d+g oc|oc|on the box|box clock)\\b"};
  RE2 vendor_nvidia{"(?i)\\b(?:nvidia|geforce)\\b"};
  RE2 vendor_amd{"(?i)\\b(?:amd|radeon)\\b"};
  RE2 vendor_intel{"(?i)\\bintel\\b"};
};

const ScopePatterns& patterns() {
  static const ScopePatterns p;
  return p;
}

std::string scope_of(std::string_view before, std::string_view after, std::string_view wide) {
  const auto& p = patterns();
  if (matches(after, p.ratio_unit)) return "ratio_unit";
  if ((matches(after, p.difference_after) && !matches(after, p.value_compared)) || matches(before, p.difference_before)) return "difference";
  if (matches(before, p.adds_before) && matches(after, p.over_other)) return "difference";
  if (matches(before, p.adds_amount)) return "difference";
  // "The four GPUs in a node are linked at 600 GB/s per GPU": said of each GPU, whatever the
  // sentence counts.
  // "600 W per OAM module": an OAM or SXM module is the GPU itself.
  static const RE2 per_gpu("(?i)^[^0-9,;]{0,20}?\\b(?:per|each|for each|for every|a)\\s+(?:gpu|card|accelerator|device|(?:oam|sxm\\d?|mezzanine) modules?)\\b");
  if (matches(after, per_gpu)) return "";
  // "Per card, the L40S's 48 GB and 960 GB/s": the opening words say it is one GPU's.
  static const RE2 per_gpu_opening("(?i)^\\W*(?:per|for each|for every|on each|each)\\s+(?:gpu|card|accelerator|board|device)\\b[^;]*$");
  static const RE2 turns_to_system("(?i)\\b(?:so|node|server|system|rack|cluster|pod|total|together|combined|in all)\\b");
  if (matches(before, per_gpu_opening) && !matches(before, turns_to_system)) return "";
  // "900 GB/s per B200": per the named GPU.
  static const RE2 per_named("(?i)^[^0-9,;]{0,20}?\\b(?:per|each|for each)\\s+(?:(?:nvidia|amd|intel|geforce|radeon|rtx|rx|instinct|arc)\\s+)?[a-z]{1,4}\\d{2,4}[a-z]*\\b");
  if (matches(after, per_named)) return "";
  if (matches(before, p.per_unit_before) || matches(after, p.per_unit_after)) return "per_unit";
  if (matches(wide, p.system)) return "system";
  // "640 GB HBM3 total" may be eight GPUs' or one GPU's "total": the catalog decides.
  if (matches(wide, p.maybe_system)) return "possible_system";
  return "";
}

void add_ids(const GpuRef& r, std::vector<std::string>& out) {
  auto add = [&](const std::string& id) {
    if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (r.members.empty()) add(r.id);
  for (const auto& m : r.members) add(m);
}

std::string vendor_of(const std::string& id) { return id.substr(0, id.find('-')); }

struct TableIndex {
  // (table, row, column) -> block
  std::map<std::tuple<int, int, int>, size_t> cells;
  std::map<int, std::vector<size_t>> blocks_of_table;
};

TableIndex index_tables(const core::Document& doc) {
  TableIndex t;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const auto& b = doc.blocks[i];
    if (b.kind != core::BlockKind::table_cell || b.table < 0) continue;
    t.cells[{b.table, b.row, b.column}] = i;
    t.blocks_of_table[b.table].push_back(i);
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
      c.partner_card = partner_section[block] || matches(wide, p.partner);
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
    std::string_view near_before = before.substr(before.size() > 60 ? before.size() - 60 : 0);
    std::string_view near_after = after.substr(0, 40);
    std::string wide = std::string(near_before) + " " + std::string(near_after);
    c.scope = scope_of(before, after, wide);
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
    doubt_other_subjects(c, FigureWords{text, sentence, clause, before, near_before, near_after,
                                         !owner && std::find(c.sentence_gpus.begin(), c.sentence_gpus.end(), c.gpu.id) == c.sentence_gpus.end()});
    // "rated at 250 W, the same as the RTX 5070": the value is claimed for both GPUs.
    static const RE2 same_as("(?i)^\\W*(?:the same as|same as|identical to|just like|matching|equal to|as (?:does|on) the)\\b");
    c.shared_with_other = matches(after, same_as);
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
