// Words that put a figure in a scope (per unit, a system, a difference) or on another side; tested through tests/extract/claim_annotation_test.cpp and tests/cases/scope.
#pragma once

#include <re2/re2.h>

#include <string>
#include <string_view>

namespace extract {

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
      "\\b(?:partitions?|slices?|instances?|stacks?|dies?|chiplets?|halves|gpcs?|tpcs?|xcds?|shader engines?|clusters?)\\s+of\\s+(?:up to\\s+)?$|"
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
      // "draws about 190 W together", "H100 NVL pairs expose 188 GB", "a bridged pair"
      "\\b(?:together|combined)\\b|\\b(?:bridged|nvlink(?:ed)?|per|each)\\s+pairs?\\b|\\bpairs\\s+(?:expose|give|offer|have|provide|get|deliver)\\b|"
      // "add a second later for 48gb", "with another one you get 48 GB": a card added to one
      "\\b(?:add(?:ing)?|buy(?:ing)?|get(?:ting)?|with|plus)\\s+(?:a\\s+second|another)(?:\\s+(?:one|card|gpu))?\\b|"
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
  // "We stated ...", "Our table listed the RX 7600 with a 96-bit bus", "A caption described it as ..."
  RE2 retracted_before{"(?i)\\b(?:we|i|our\\s+\\w+|(?:an?|the)\\s+(?:caption|table|chart|story|article|post|review|listing))\\s+(?:\\w+\\s+){0,2}?"
                       "(?:said|wrote|listed|called|printed|stated|reported|gave|quoted|claimed|had|described|showed|labell?ed)\\b[^;.]*$"};
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

// The patterns, compiled once.
const ScopePatterns& patterns();

// "per_unit", "system", "possible_system", "difference", "ratio_unit" or "" for a figure with
// the clause words `before` and `after` it and the nearby words `wide`.
std::string scope_of(std::string_view before, std::string_view after, std::string_view wide);

}  // namespace extract
