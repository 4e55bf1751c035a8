// Readings of a figure whose words are about something other than a GPU; tested through tests/cases (scope, attribution).
#include "extract/other_subjects.h"

#include <re2/re2.h>

#include <algorithm>

#include "extract/claim_annotation.h"

namespace extract {
namespace {

bool matches(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

}  // namespace

void doubt_other_subjects(Claim& c, const FigureWords& w) {
if (w.gpu_from_elsewhere) {
    // "GDDR7 arrived with the RTX 50 series", "At the pin level, HBM3 was specified at 6.4
    // Gbps": a clause whose subject is a memory or link technology says nothing of a GPU.
    static const RE2 technology_subject(
        "(?i)^\\W*(?:(?:and|but|while|whereas|so)\\s+)?(?:(?:at|on|in|for|per) [^,]{0,30},\\s*)?(?:the\\s+)?"
        "(?:(?:first|second|third|next|new|current)[- ]gen(?:eration)?\\s+)?(?:gddr\\d\\w*|hbm\\d?\\w*|lpddr\\d\\w*|pcie(?: gen)? ?\\d?(?:\\.\\d)?|nvlink ?\\d?|"
        "the (?:standard|spec(?:ification)?|jedec spec\\w*))\\b(?:\\s+(?:standard|spec|memory|modules?|chips?|stacks?|devices?|parts?))?"
        "(?:\\s+(?:each|also|now|still|typically|usually|itself))?\\s+"
        "(?:is|was|were|are|has|had|arrived|runs|ran|uses|used|offers|offered|delivers|doubles|tops|reaches|specifies|allows|"
        "supports|brings|moves|moved|came|comes|debuted|started|starts|ship|ships|scales|peaks|hits)\\b");
    std::string_view clause_text = w.text.substr(w.clause.begin, w.clause.end - w.clause.begin);
    if (matches(clause_text, technology_subject)) lower_confidence(c, 0.3, "the clause is about a memory or link technology, not a GPU");
    // "Both chips have 4,608 CUDA cores and 8 GB", "The two cards share a 256-bit bus": the
    // subject is several cards at once, and which ones the sentence does not say. Only a
    // subject before the figure counts ("With 10,752 CUDA cores it ..., yet both share").
    static const RE2 several_cards(
        "(?i)\\b(?:both(?: of (?:them|these|those))?|the two|these two|those two|all (?:three|four|five|of them)|"
        "each of (?:them|these|those|the \\w+))\\b(?:\\s+(?:\\w+\\s+)?(?:cards?|chips?|gpus?|parts?|boards?|models?|dies?|skus?))?\\s+"
        "(?:have|has|had|get|got|carry|carried|share|shared|use|used|offer|offered|run|ran|draw|drew|ship|shipped|are|were|come|came|pack|feature)\\b");
    if (c.block_begin > w.sentence.begin && matches(w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin), several_cards)) {
      lower_confidence(c, 0.3, "the sentence is about several cards at once");
    }
    // "The Ada card is still the much faster one: 18,176 CUDA cores", "so the newer card has
    // less bandwidth": a card picked out by a quality is whichever card has it, not
    // necessarily the one the sentences before were about.
    static const RE2 described_card(
        "(?i)\\b(?:the|this|that)\\s+(?:newer|older|cheaper|pricier|faster|slower|bigger|smaller|other|latter|former|"
        "(?:pascal|volta|turing|ampere|ada|lovelace|hopper|blackwell|rdna ?\\d|cdna ?\\d)(?:-based)?)\\s+(?:card|gpu|chip|part|one|board|model)\\b");
    if (c.block_begin > w.sentence.begin && matches(w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin), described_card)) {
      lower_confidence(c, 0.3, "the sentence is about a card picked out by a quality, not named");
    }
    // "A single GDDR7 chip delivers ...", "an HBM3e stack": the memory type names a part.
    static const RE2 names_a_part("(?i)^\\s*(?:chips?|stacks?|modules?|dies?|devices?|standard|spec\\w*|generation|technology|phy|signalling|signaling)\\b");
    // "..., and GDDR7 is a workstation or desktop option": the memory type is the subject.
    static const RE2 subject_after("(?i)^\\s+(?:is|are|was|were|remains|stays|becomes|makes|gives|offers|needs|costs)\\b");
    static const RE2 clause_start("(?i)(?:^|[,:;(]\\s*|\\b(?:and|but|while|whereas|so)\\s+)\\W*$");
    const bool enum_subject = matches(w.text.substr(c.block_end), subject_after) &&
                              matches(w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin), clause_start);
    if (c.kind == ClaimKind::value && c.field == "memory_type" &&
        (enum_subject || matches(w.text.substr(c.block_end), names_a_part))) {
      lower_confidence(c, 0.3, "the memory type names a memory part or standard, not a GPU's memory");
    }
  }
  // "the Grace CPU and LPDDR5X memory": system memory beside a CPU is not the GPU's.
  static const RE2 system_memory_type("(?i)^(?:lp)?ddr");
  // A Grace superchip's LPDDR5X is its CPU's ("Each GH200 node has four superchips: 384 GB of
  // HBM3 and 480 GB of LPDDR5X").
  static const RE2 cpu_words("(?i)\\b(?:cpus?|grace|host|system memory|processors?|epyc|xeon|ryzen|arm cores?|superchips?|gh200|gb200|gb300)\\b");
  if (c.field == "memory_type" && matches(c.text_value, system_memory_type) && matches(w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin), cpu_words)) {
    lower_confidence(c, 0.3, "system memory beside a CPU, not the GPU's memory");
  }
  // "also covers a laptop chip: an AD103 part with 9,728 CUDA cores", "Unlike the desktop RTX
  // 5070 Ti, the laptop chip is a GB205": a laptop part described beside its desktop namesake.
  static const RE2 laptop_part("(?i)\\b(?:laptop|mobile|notebook)\\s+(?:chip|version|part|variant|model|sku|die)\\b");
  if (c.gpu.id.find("laptop") == std::string::npos && matches(w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin), laptop_part)) {
    lower_confidence(c, 0.3, "the sentence describes a laptop part, not this GPU");
  }
  // "built the W7900 on RDNA 2's successor architecture": the one after the named one.
  static const RE2 successor_of(
      "(?i)^(?:\\s+(?:architecture|generation|family|design|chip|gpu|die|line))?['\u2019]s\\s+(?:successor|predecessor|follow-up|replacement)");
  if (matches(w.text.substr(c.block_end), successor_of)) lower_confidence(c, 0.2, "the value names what came after or before it");
  // "The GA100 die physically has 128 SMs": the full die's count, not a product's.
  static const RE2 die_subject("(?i)^\\W*(?:the\\s+)?(?:full\\s+)?(?:(?:g[abhkmpv]|ad|tu)\\d{3}[a-z]?|navi ?\\d{2})\\b");
  static const RE2 full_die("(?i)\\bfull (?:die|chip)\\b|\\bphysically\\b|\\bin silicon\\b");
  if (matches(w.before, die_subject) || matches(w.near_before, full_die)) lower_confidence(c, 0.4, "the figure is the full die's, not the product's");
  // 'Myth: "The L4 has 16 GB of memory." Reality: it has 24 GB.': a myth quoted to be corrected.
  {
    const std::string_view lead = w.text.substr(0, c.block_begin);
    static const RE2 correction("(?i)\\b(?:reality|fact|truth|actually|in fact|correction)\\b");
    re2::StringPiece in(lead.data(), lead.size());
    size_t last_myth = std::string_view::npos;
    re2::StringPiece hit;
    static const RE2 myth_capture("(?i)(\\b(?:myths?|misconceptions?|rumou?rs?|folklore)\\b[^.:\\n]{0,24}[:\\-–—])");
    while (RE2::FindAndConsume(&in, myth_capture, &hit)) last_myth = static_cast<size_t>(hit.data() - w.text.data()) + hit.size();
    if (last_myth != std::string_view::npos && c.block_begin - last_myth < 200 &&
        !matches(w.text.substr(last_myth, c.block_begin - last_myth), correction)) {
      lower_confidence(c, 0.2, "a myth quoted to be corrected, not the writer's claim");
    }
  }
  // "Our old note that the RTX A5000 is a 250 W card was wrong": a claim the sentence retracts.
  static const RE2 retracted("(?i)\\b(?:was|is|were|are|turned out to be|proved)\\s+(?:simply\\s+|just\\s+|plain\\s+)?(?:wrong|incorrect|false|mistaken|a myth|outdated|an error|a typo)\\b|"
                             "\\b(?:isn['’]t|is not|wasn['’]t|was not) (?:true|right|correct)\\b");
  if (matches(w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin), retracted)) {
    lower_confidence(c, 0.2, "the sentence says the claim was wrong");
  }
  // 'a cluster operator quotes "64 GB per GPU"': someone else's words, quoted.
  static const RE2 quoted("(?i)\\b(?:quotes?|quoting|quoted|says?|said|claims?|claimed|calls?|called|reports?|reported|tells? (?:us|me)|told (?:us|me)|think|believe)\\s+[\"\u201c][^\"\u201d]*$");
  if (matches(w.near_before, quoted)) lower_confidence(c, 0.4, "quoted words of someone else");
  // "avoid 4 GB cards", "8GB GPUs struggle at 4K": the figure names a class of cards.
  static const RE2 class_of_cards("(?i)^\\s*-?\\s*(?:graphics\\s+)?(?:cards|gpus|models|boards|parts|options|laptops|rivals|competitors|alternatives|peers|"
      "rigs|builds|setups|machines|workstations|boxes)\\b");
  if (matches(w.near_after, class_of_cards)) lower_confidence(c, 0.3, "the figure names a class of cards, not one GPU's value");
  // "The 4090 runs its 72 MB L2 hard": a card named by its bare model number is another card
  // than the one the sentence would otherwise give the figure to.
  {
    static const RE2 bare_number("(?i)\\b(?:the|a|an|its|my|our|your|their)\\s+(\\d{3,4})(?:\\s?(?:ti|super|xtx|xt|gre))?\\b(?:\\s*['\u2019]s)?(?:\\s+[a-z]|\\s*[(,;]|\\s*$)");
    std::string number;
    const std::string_view lead_in = w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin);
    if (RE2::PartialMatch(re2::StringPiece(lead_in.data(), lead_in.size()), bare_number, &number) &&
        c.gpu.mention.find(number) == std::string::npos && c.gpu.id.find(number) == std::string::npos &&
        // A number the page resolved to a GPU it names in full is that GPU, read as any name is.
        std::none_of(c.sentence_gpus.begin(), c.sentence_gpus.end(), [&](const std::string& id) { return id.find(number) != std::string::npos; })) {
      lower_confidence(c, 0.3, "the sentence names another card by its model number");
    }
  }
  // "## RTX 4060 Ti 16GB" then "The 8 GB card uses 160 W": a variant named by its memory is
  // the sentence's subject, not the card the heading names.
  // "Beware the 3 GB model: it lost an SM", "The 2022 12 GB refresh moved to a 384-bit bus".
  static const RE2 variant_subject("(?i)\\b(?:the|an?|this|that)\\s+(?:(?:19|20)\\d\\d\\s+)?\\d+\\s*gb\\s+(?:card|model|version|variant|sku|one|board|refresh|edition|part)\\b");
  if (w.gpu_from_elsewhere && c.block_begin > w.sentence.begin &&
      matches(w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin), variant_subject)) {
    lower_confidence(c, 0.3, "the sentence is about a variant named by its memory, not this card");
  }
  // "With a manual overclock the RTX 4080 Super reached 24.2 Gbps": an overclocked result.
  static const RE2 overclocked(
      "(?i)\\b(?:manual(?:ly)?\\s+overclock\\w*|overclock(?:ed|ing)?\\b(?:\\s+\\w+){0,3}\\s+(?:reached|hit|ran|runs|got|gets)|with\\s+\\+\\d[\\d,]*\\s*mhz|"
      "got me to|slider unlocked|i'?m at)|\\+\\d[\\d,]*\\s*(?:core|mem|memory|mhz)\\b");
  if (matches(w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin), overclocked)) {
    lower_confidence(c, 0.3, "an overclocked result, not the card's rating");
  }
  // "Rig:  5900X | X570 | 32GB | RX 6800 XT | 850W": in a list split by pipes, a part that does
  // not name the GPU is another component's (system memory, the power supply).
  {
    const std::string_view sentence_text = w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin);
    if (std::count(sentence_text.begin(), sentence_text.end(), '|') >= 2 && !c.gpu.mention.empty()) {
      const size_t open = w.text.rfind('|', c.block_begin);
      const size_t close = w.text.find('|', c.block_end);
      const size_t from = open == std::string_view::npos || open < w.sentence.begin ? w.sentence.begin : open + 1;
      const size_t to = close == std::string_view::npos || close > w.sentence.end ? w.sentence.end : close;
      if (w.text.substr(from, to - from).find(c.gpu.mention) == std::string_view::npos) {
        lower_confidence(c, 0.3, "another component of a list split by pipes, not the GPU");
      }
    }
  }
  // "A slice is a seventh of the H100 with 10 GB": a sentence about a MIG slice or instance.
  static const RE2 slice_subject("(?i)^\\W*(?:a|each|one|every|the|that|this)\\s+(?:[\\w.-]+\\s+){0,2}(?:slice|instance|partition|mig profile|vgpu)s?\\b");
  if (matches(w.text.substr(w.sentence.begin, w.sentence.end - w.sentence.begin), slice_subject)) {
    lower_confidence(c, 0.3, "the sentence is about a slice or instance of the GPU, not the whole GPU");
  }
  // "moved from TSMC 12 nm to 7 nm": a change written as a range is no value.
  if (c.quantity && c.quantity->upper) {
    static const RE2 from_before("(?i)\\bfrom\\s+(?:the\\s+)?(?:[A-Za-z]+\\s+)?$");
    if (matches(w.near_before, from_before)) lower_confidence(c, 0.3, "a change from one value to another, not a value");
  }
  // "the 480's 150 W became 185 W": the value a change arrived at is the changed card's.
  static const RE2 changed_to_before("(?i)\\b(?:became|becomes|turned into|rose to|grew to|jumped to|climbed to|went up to|increased to|dropped to|fell to)\\s*(?:about|~)?\\s*$");
  if (matches(w.near_before, changed_to_before)) lower_confidence(c, 0.4, "the value a change arrived at, not the named card's");
  // "bandwidth was 800 GB/s, now 960 GB/s", "TDP: 150W -> 190W", "changed from 7nm to TSMC
  // 4N": the value a change replaced is no claim about the GPU now.
  {
    static const RE2 replaced_after("(?i)^\\s*(?:(?:[,;]|\\band\\b|\\bbut\\b)?\\s*(?:is\\s+)?now\\b|->|→|=>|⇒)");
    static const RE2 from_before("(?i)\\b(?:from|previously|formerly|originally|instead of|rather than|replacing|(?:up|down) from)\\s*(?:about|~)?\\s*$");
    static const RE2 to_after("(?i)^\\s*(?:to|into)\\b");
    if (matches(w.near_after, replaced_after) || (matches(w.near_before, from_before) && (matches(w.near_after, to_after) || !c.quantity ||
                                                                                           !c.quantity->upper))) {
      if (!(c.quantity && c.quantity->upper)) lower_confidence(c, 0.2, "the value a change replaced, not the current one");
    }
  }
  // "versus 160 W for the 8 GB card": a size naming a variant is the variant's name, not a value.
  static const RE2 names_variant_after("(?i)^\\s*-?\\s*(?:card|model|version|variant|sku|board|one|refresh|edition)\\b");
  static const RE2 article_before("(?i)\\b(?:the|an?|this|that)\\s*$");
  if (c.field == "memory_size" && matches(w.near_after, names_variant_after) && matches(w.near_before, article_before)) {
    lower_confidence(c, 0.3, "the size names a variant of the card, not its memory");
  }
  // "same die and memory as the 600 W card", "Only the Blackwell card has DisplayPort 2.1b":
  // a figure or name after "the" that picks out a card refers to that card; it says nothing
  // of another one. ("The RTX 4090 is a 450 W card" says it of the subject.)
  static const RE2 definite_before("(?i)\\b(?:the|that|those|these)\\s*$");
  static const RE2 names_card_after("(?i)^\\s*-?\\s*(?:cards?|boards?|ones?|parts?|gpus?|models?|skus?)\\b");
  // "The MI250X -- that's the CDNA 3 part" says it of the subject.
  static const RE2 copula_before("(?i)(?:\\b(?:is|was|are|were|remains|becomes)|['’]s)\\s+(?:also\\s+|still\\s+)?(?:the|that)\\s*$");
  if (matches(w.near_after, names_card_after) && matches(w.near_before, definite_before) && !matches(w.near_before, copula_before)) {
    lower_confidence(c, 0.3, "the value picks out which card is meant, not this card's value");
  }
  // "The desktop card's 360 W budget" on a page about the laptop part: the desktop namesake's.
  static const RE2 desktop_namesake("(?i)\\b(?:the\\s+)?desktop\\s+(?:card|part|version|model|chip|gpu|sibling|namesake|board)s?\\b");
  if (c.gpu.id.find("laptop") != std::string::npos && matches(w.near_before, desktop_namesake)) {
    lower_confidence(c, 0.3, "the figure is the desktop namesake's, not the laptop part's");
  }
  // "below the 800 GB/s minimum", "the required 35 TFLOPS", "too small for 27 GB", "72 GB
  // usable": a requirement a tender or a workload sets, or what is left, not the GPU's spec.
  if (c.quantity) {
    static const RE2 requirement_before(
        "(?i)\\b(?:required|requires?|requirement of|minimum(?: of)?|min\\.|too (?:small|little|slow|weak) for|"
        "(?:falls? )?short of|below|beneath|exceeds?|meets?|fails?|needs?|needed|calls? for|threshold of|"
        "(?:need|requirement|demand|footprint)\\s+(?:is|are|was|of|comes to|=))\\s+"
        "(?:the\\s+|a\\s+|an\\s+)?(?:required\\s+|minimum\\s+|stated\\s+|tender'?s?\\s+)?(?:~\\s*)?$");
    static const RE2 requirement_after(
        "(?i)^\\s*(?:minimum|min\\b|requirement|threshold|floor|target|needed|required|usable|available|free|left|remaining|"
        "headroom|or (?:more|better|higher|above)|(?:is|are) (?:enough|plenty|fine|the minimum)|starts? to matter|matters)\\b");
    if (matches(w.near_before, requirement_before) || matches(w.near_after, requirement_after)) {
      lower_confidence(c, 0.3, "a requirement, a threshold or what is left, not the GPU's spec");
    }
  }
  // "for an RTX 4070 or anything above 150 W": a bound on a class of cards.
  static const RE2 bound_of_class(
      "(?i)\\b(?:anything|everything|something|any(?:thing)? card|cards?|gpus?|parts?|models?|boards?)\\s+(?:rated\\s+)?"
      "(?:above|over|under|below|beyond|past|north of|south of|more than|less than|up to|at or (?:above|below))\\s*$");
  if (matches(w.near_before, bound_of_class)) lower_confidence(c, 0.3, "a bound on a class of cards, not one GPU's value");
  // "- 20 to 45 GB: RTX 6000 Ada or L40", "Under 45 GB: RTX 6000 Ada": a bucket the cards
  // after the colon fall in (a need, a workload size), not a value the sentence gives them.
  if (c.quantity && w.sentence.begin <= c.block_begin) {
    static const RE2 label_start("(?i)^[\\W]*(?:(?:under|over|below|above|up to|less than|more than|at least|from|between|<|>|≤|≥)\\s*)?$");
    static const RE2 threshold_start("(?i)(?:under|over|below|above|up to|less than|more than|at least|from|between|<|>|≤|≥)\\s*$");
    static const RE2 label_end("^[^.:;0-9]{0,30}:");
    static const RE2 open_ended("^\\s*(?:\\+|or more|and up|or less)");
    const std::string_view lead_in = w.text.substr(w.sentence.begin, c.block_begin - w.sentence.begin);
    const std::string_view rest = w.text.substr(c.block_end);
    const bool bounded = c.quantity->upper || c.quantity->qualifier == core::Qualifier::at_least ||
                         c.quantity->qualifier == core::Qualifier::at_most || c.quantity->qualifier == core::Qualifier::up_to || matches(lead_in, threshold_start) || matches(rest, open_ended);
    if (bounded && matches(lead_in, label_start) && matches(rest, label_end)) {
      lower_confidence(c, 0.3, "a size or bound the cards after the colon fall in, not their value");
    }
  }
}

}  // namespace extract
