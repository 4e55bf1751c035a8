// Header and context cue tables, compiled once; tested in tests/extract/field_cues_test.cpp.
#include "extract/field_cues.h"

#include "extract/excluded_figures.h"
#include "extract/header_cues.h"
#include "extract/count_field.h"
#include "extract/throughput_field.h"

#include <re2/re2.h>

#include <cctype>
#include <cmath>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/field.h"
#include "core/text_case.h"

namespace extract {
namespace {

bool contains(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

}  // namespace

namespace {

// A unit word as headers write it: a symbol ("GB", "MHz") or a scale ("bn", "million").
std::optional<core::Unit> unit_word(const std::string& word) {
  const std::string l = core::ascii_lower(word);
  if (l == "bn" || l == "b" || l == "billion" || l == "billions") return core::Unit::billion;
  if (l == "m" || l == "million" || l == "millions") return core::Unit::million;
  return core::unit_from_symbol(word);
}

const RE2& bracket_suffix() {
  static const RE2 re("\\s*[(\\[]\\s*([^()\\[\\]]{1,12}?)\\s*[)\\]]\\s*$");
  return re;
}

}  // namespace

std::optional<core::Unit> header_unit(std::string_view header) {
  const re2::StringPiece h(header.data(), header.size());
  std::string word;
  static const RE2 after_comma(",\\s*([A-Za-z/]{1,8})\\s*$");
  if (RE2::PartialMatch(h, bracket_suffix(), &word) || RE2::PartialMatch(h, after_comma, &word)) return unit_word(word);
  // A header that is a unit ("GFLOPS") states it for the row.
  std::string whole(header);
  while (!whole.empty() && whole.back() == ' ') whole.pop_back();
  while (!whole.empty() && whole.front() == ' ') whole.erase(0, 1);
  auto u = core::unit_from_symbol(whole);
  if (u && core::dimension_of(*u) != core::Dimension::count) return u;
  return std::nullopt;
}

std::optional<std::string> field_from_header(std::string_view header) {
  // "Memory (GB)", "Transistors (bn)": the unit in brackets is no part of the name.
  // "Performance (FP8)" keeps its bracket: only a unit is dropped.
  std::string name(header), word;
  if (RE2::PartialMatch(name, bracket_suffix(), &word) && unit_word(word)) RE2::Replace(&name, bracket_suffix(), "");
  if (name.find_first_not_of(" \t") == std::string::npos) name = std::string(header);
  // "CUDA cores (FP32)", "Shaders (FP32)": a count whose bracket names the precision it runs.
  static const RE2 any_bracket("\\s*[(\\[][^()\\[\\]]{1,16}[)\\]]\\s*$");
  std::string bare = name;
  if (RE2::Replace(&bare, any_bracket, "")) {
    for (const auto& cue : header_cues()) {
      if (!contains(bare, *cue.pattern)) continue;
      const auto* info = core::find_field(cue.field);
      if (info && info->dimension == core::Dimension::count && info->type == core::FieldType::number) return cue.field;
      break;
    }
  }
  for (const auto& cue : header_cues()) {
    if (contains(name, *cue.pattern)) return cue.field;
  }
  return std::nullopt;
}

std::string field_for_unit(const std::string& field, const core::Quantity& q) {
  // "| Bus | 192-bit |": a width in bits under a bus header is the memory bus, not the host interface.
  if (field == "interface" && q.dimension() == core::Dimension::bits) return "memory_bus_width";
  if (field == "memory_clock" && q.dimension() == core::Dimension::data_rate) return "memory_data_rate";
  if (field == "memory_data_rate" && q.dimension() == core::Dimension::frequency) return "memory_clock";
  // "| FP16 dense (TFLOPS) | 2,500 |": no GPU's shaders reach 200 TFLOPS of FP16, so such a
  // figure is the tensor rate (the same rule as for prose, extract/throughput_field.cpp).
  if (field == "fp16_tflops" && q.dimension() == core::Dimension::flops && q.base_value() >= 200e12) return "fp16_tensor_tflops";
  return field;
}

bool figure_excluded(const core::Quantity& q, std::string_view before, std::string_view after) {
  std::string_view own_before = before.substr(before.size() > 24 ? before.size() - 24 : 0);
  if (size_t cut = own_before.find_last_of(",;("); cut != std::string_view::npos) own_before.remove_prefix(cut + 1);
  std::string_view own_after = after.substr(0, std::min({size_t{16}, after.size(), after.find_first_of(",;)")}));
  if (q.dimension() == core::Dimension::power) return power_excluded_in(own_before) || power_excluded_in(own_after);
  if (q.dimension() == core::Dimension::bytes) {
    return contains(own_before, excluded_memory_words()) || contains(own_after, excluded_memory_words());
  }
  return false;
}

bool unit_fits_field(const core::Quantity& q, bool has_unit, std::string_view field) {
  const auto* info = core::find_field(field);
  if (!info || info->type != core::FieldType::number) return false;
  if (field == "memory_clock") return q.dimension() == core::Dimension::frequency || q.dimension() == core::Dimension::data_rate;
  if (field == "transistors") return q.dimension() == core::Dimension::count;
  if (field == "launch_year") return !has_unit && q.value >= 1990 && q.value <= 2100 && q.decimals == 0;
  if (field == "process") return q.unit == core::Unit::nm;
  if (field == "length") return q.unit == core::Unit::mm || q.unit == core::Unit::cm || q.unit == core::Unit::inch;
  if (field == "die_size") return q.unit == core::Unit::mm2;
  if (info->dimension == core::Dimension::count) return !has_unit && q.decimals == 0;
  if (field == "memory_size" || field == "l2_cache") return q.dimension() == core::Dimension::bytes;
  return q.dimension() == info->dimension;
}

// "+1500 puts it near 24 Gbps, about 1152 GB/s", "+2000 in Afterburner (about 34 Gbps
// effective)": memory after an overclock, not the card's rating.
bool overclocked(std::string_view before, std::string_view after) {
  static const RE2 oc("(?i)\\b(?:afterburner|offsets?|overclock\\w*|oc(?:ed|'d)?|tuned|puts it|memory oc)\\b|\\+\\s?\\d{3,4}\\b");
  return contains(before.substr(before.size() > 60 ? before.size() - 60 : 0), oc) || contains(after.substr(0, 30), oc);
}

// "On the H100 SXM we sustained 400 TFLOPS in BF16", "delivered 600 TFLOPS of FP8 in our
// benchmark": a run's throughput, well under the rated peak.
bool measured_throughput(std::string_view before, std::string_view after) {
  static const RE2 measured_rate(
      "(?i)\\b(?:sustained|sustaining|measured|achieved|attained|observed|profiler|nsight|mfu|"
      "model flops|of peak|utili[sz]ation|benchmark(?:s|ed|ing)?|in our|we (?:saw|got|hit|reached|see|get)|"
      "our\\s+(?:[\\w-]+\\s+){0,3}(?:kernels?|runs?|jobs?|tests?|code|training))\\b");
  const std::string_view own_after = after.substr(0, std::min(after.size(), after.find_first_of(".;")));
  return contains(before.substr(before.size() > 60 ? before.size() - 60 : 0), measured_rate) ||
         contains(own_after.substr(0, 40), measured_rate);
}

std::string field_from_context(const core::Quantity& q, bool has_unit, std::string_view before, std::string_view after,
                               std::string_view sentence) {
  static const RE2 l2("(?i)\\bl2\\b|\\bcache\\b");
  static const RE2 link("(?i)pcie|pci express|nvlink|interconnect|network|ethernet|infiniband|fabric|ssd|nvme|\\bnics?\\b|"
                        "chip-to-chip|die-to-die|nv-hbi|\\blink\\b|\\bbridges?\\b");
  // A measured draw is not the rated TDP, nor is a power supply's rating (in the languages
  // review sites write: "Netzteil", "im Mittel", "en moyenne").

  static const RE2 boost("(?i)boost|turbo|max(imum)? (clock|frequency|core clock)|peak (clock|frequency|engine clock)");
  static const RE2 base("(?i)base|core clock|gpu clock");
  static const RE2 memory("(?i)memory|vram|gddr|hbm");
  static const RE2 int8("(?i)int8");
  static const RE2 length_words("(?i)\\blength\\b|\\blong\\b");
  static const RE2 not_length("(?i)width|height|die|thick|mm²|mm2");
  // Counts need their noun right next to them: "184 Tensor Cores", "CUDA cores: 5888".
  // "units" and "processors" only with their qualifier: "sold 5000 units" is no core count.
  // A generation may stand between: "512 4th-gen Tensor Cores", "64 3rd Gen RT Cores".

  // "FP32: 30.3 TFLOPS   TF32 Tensor: 120 TFLOPS": in a run of "label: value" pairs the words
  // after a figure that end in a colon are the next figure's label, not this one's.
  static const RE2 next_label_at("(\\s{2,}[A-Za-z][A-Za-z0-9 ()/+-]{0,40}:|\\s*\\|\\s*[A-Za-z][A-Za-z0-9 ()/+-]{0,40}:)");
  if (re2::StringPiece found; RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), next_label_at, &found)) {
    after = after.substr(0, static_cast<size_t>(found.data() - after.data()));
  }
  const std::string context = std::string(before) + " " + std::string(after);
  switch (q.dimension()) {
    case core::Dimension::bytes: {
      // Cache words count only in this figure's own phrase: "96 MB of L3 cache and 256 GB
      // of RAM" gives neither to the L2, and another cache level is no L2 at all.
      static const RE2 other_cache("(?i)\\bl[13]\\b|infinity cache|\\bslc\\b");
      static const RE2 l3("(?i)\\bl3\\b|infinity cache");
      std::string_view cache_before = before.substr(before.size() > 24 ? before.size() - 24 : 0);
      for (std::string_view cut : {",", " and "}) {
        if (size_t at = cache_before.rfind(cut); at != std::string_view::npos) cache_before.remove_prefix(at + cut.size());
      }
      // "a 96 MB third-generation Infinity Cache": a generation word may stand before the cache's name.
      std::string_view cache_after = after.substr(0, std::min({size_t{36}, after.find(','), after.find(" and ")}));
      // "pairs 128 GB of HBM2e with 408 MB of L2": the words after the next figure are its own.
      for (size_t i = 1; i < cache_after.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(cache_after[i])) && (cache_after[i - 1] == ' ' || cache_after[i - 1] == '~')) {
          cache_after = cache_after.substr(0, i);
          break;
        }
      }
      // "Add 1-4 GB for the KV cache", "A 7B model at FP16 is about 14 GB", "fits Qwen2.5-32B at
      // Q4_K_M (about 19 GB)": a language model's memory, not the GPU's.
      static const RE2 model_memory(
          "(?i)kv[- ]?cache|\\bmodels?\\b|\\bweights\\b|parameters|\\b\\d+(?:\\.\\d+)?[bm]\\b|\\bq\\d(?:_k(?:_[sml])?|_0)?\\b|"
          "\\bint[48]\\b|\\b(?:2|3|4|5|6|8)-bit\\b|\\b(?:at|in)\\s+(?:fp|bf|int|nf)\\d+\\b|quantiz|\\bgguf\\b|llama|qwen|mistral|mixtral|gemma|deepseek|"
          "\\bphi-?\\d|falcon|\\bgpt|\\bsdxl\\b|stable diffusion|\\bflux\\b|\\b\\d+x\\d+b\\b|\\bfits?\\b|\\bfit on\\b");
      // "Rig: 32GB, RTX 3070 8GB", "Build: 5800X3D, 64 GB, ...": a size in a rig's parts list is
      // the system's RAM unless its own words say VRAM.
      {
        static const RE2 rig_list("(?i)\\b(?:rig|build|system|pc|setup|specs?|machine|box)\\s*:\\s*(?:[^,;:]*,\\s*)*$");
        static const RE2 own_vram("(?i)^\\s*(?:of\\s+)?(?:vram|gddr|hbm|video memory)");
        if (contains(before, rig_list) && !contains(after, own_vram)) return "";
      }
      {
        // "the KV cache is 2 x 80 x 8 x 128 x 2 x 100 / 1e9 = 21.5 GB": a calculation's result
        // is named by the words before the calculation.
        std::string_view words_before = before;
        static const RE2 calculation("((?:[\\d.,]+(?:e\\d+)?\\s*(?:x|×|\\*|/|\\+|−|-)\\s*)+[\\d.,]+(?:e\\d+)?\\s*=\\s*~?\\s*)$");
        re2::StringPiece calc;
        if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), calculation, &calc)) words_before.remove_suffix(calc.size());
        std::string_view phrase = words_before.substr(words_before.size() > 44 ? words_before.size() - 44 : 0);
        for (std::string_view cut : {"; ", ". ", ", "}) {
          if (size_t at = phrase.rfind(cut); at != std::string_view::npos) phrase.remove_prefix(at + cut.size());
        }
        // "we'd serve BF16 (~16 GB)": a precision right before a size names the model's weights.
        static const RE2 precision_size("(?i)\\b(?:bf|fp|nf|int)\\d+\\s*[(\\[]?\\s*[~\u2248]?\\s*$");
        if (contains(phrase, precision_size)) return "";
        static const RE2 model_after(
            "(?i)^\\s*(?:(?:(?:of|for|in)\\s+)?(?:the\\s+)?(?:kv|weights|model|parameters|context|activations)\\b|(?:and\\s+)?(?:still\\s+)?fits?\\s+(?:in|on|into)\\b)");
        if (contains(phrase, model_memory) || contains(after, model_after)) return "";
      }
      // "128 MB of Infinity Cache", "the 96 MB L3": the last-level cache AMD names, never the L2.
      static const RE2 cpu("(?i)\\b(?:cpus?|processors?|epyc|xeon|ryzen|host)\\b");
      if (contains(before.substr(before.size() > 30 ? before.size() - 30 : 0), cpu)) return "";
      if (contains(cache_before, l3) || contains(cache_after, l3)) return "l3_cache";
      if (contains(cache_before, other_cache) || contains(cache_after, other_cache)) return "";
      // No GPU has a gigabyte of L2: "32 GB ... for KV cache" is memory.
      if ((contains(cache_before, l2) || contains(cache_after, l2)) && q.base_value() < 1e9) return "l2_cache";
      if (contains(after.substr(0, 24), excluded_memory_words()) ||
          contains(before.substr(before.size() > 20 ? before.size() - 20 : 0), excluded_memory_words())) {
        return "";
      }
      // "VRAM at 7.6 GB in the harbour district": no card is sold with 7.6 GB; a size in tenths
      // of a gigabyte (other than a half) is memory in use.
      if (q.unit == core::Unit::GB && q.decimals > 0) {
        const double frac = q.value - std::floor(q.value);
        if (std::fabs(frac - 0.5) > 1e-9 && frac > 1e-9) return "";
      }
      // Under a gigabyte with no memory word is a cache or a buffer, never a GPU's memory.
      static const RE2 memory_word("(?i)vram|gddr|hbm|memory|frame ?buffer|\\bram\\b");
      if (q.base_value() < 1e9 && !contains(context, memory_word)) return "";
      return "memory_size";
    }
    case core::Dimension::bandwidth: {
      // A link word counts in this figure's own phrase: "up to 4.8 TB/s and NVLink at 900
      // GB/s" gives the link to the second figure only.
      // "... NVLink bandwidth to 1.8 TB/s, up from 900 GB/s": a phrase that carries on with
      // "up from" is still the link's.
      static const RE2 carries_on("(?i)^\\s*(?:up|down)?\\s*from\\b|^\\s*(?:compared|versus|vs)\\b");
      std::string_view own_before = before;
      // "NVLink 2, 600 GB/s per GPU": a bare link name before the comma is what the figure is.
      static const RE2 bare_link("(?i)(?:^|[:;,(]\\s*)(?:[\\w-]+\\s+){0,2}?(?:nvlink|infinity fabric|xgmi|pcie|pci express)(?:\\s*(?:gen\\s*)?[\\d.]+)?\\s*$");
      for (std::string_view cut : {", ", " and "}) {
        if (size_t at = own_before.rfind(cut); at != std::string_view::npos &&
            !contains(own_before.substr(at + cut.size()), carries_on)) {
          if (cut == ", " && contains(own_before.substr(0, at), bare_link)) return "";
          own_before.remove_prefix(at + cut.size());
        }
      }
      // A bracket that closes ends the figure's own words ("[24GB, 384-bit, 936 GB/s] also keeps
      // its NVLink bridge").
      std::string_view own_after = after.substr(0, std::min({after.size(), after.find(", "), after.find(" and "), after.find_first_of("])")}));
      // An "effective" bandwidth counts cache hits (NVIDIA's Ada figures): not the memory's.
      static const RE2 effective("(?i)\\beffective\\b");
      if (contains(own_before.substr(own_before.size() > 16 ? own_before.size() - 16 : 0), effective)) return "";
      // "In our copy-kernel test an H100 SXM5 sustained about 2.9 TB/s, 87% of peak": measured.
      static const RE2 measured_bandwidth("(?i)\\b(?:sustained|sustains|measured|achieved|achieves|attained|we (?:saw|got|hit)|in our|stream|copy[- ]kernel|of peak|"
                                          "tests?|tested|reported|reports|benchmark\\w*|copy mode)\\b");
      if (contains(before.substr(before.size() > 60 ? before.size() - 60 : 0), measured_bandwidth) ||
          contains(after.substr(0, 20), measured_bandwidth) || overclocked(before, after)) {
        return "";
      }
      if (!contains(own_before, link) && !contains(own_after, link)) return "memory_bandwidth";
      // "NVLink at 900 GB/s per GPU", "600 GB/s of NVLink bandwidth": NVIDIA quotes the GPU's
      // total over both directions, and so do writers. Other links, the CPU-GPU C2C link and
      // per-direction figures follow conventions too varied to judge.
      static const RE2 nvlink("(?i)\\bnvlink\\b");
      static const RE2 not_gpu_link("(?i)c2c|chip-to-chip|die-to-die|nv-hbi|direction|unidirectional|one way|pcie|pci express|"
                                    "infinity|fabric|ethernet|infiniband|network|switch|\\bnics?\\b|ssd|nvme|host|cpu|grace");
      const std::string own = std::string(own_before) + " " + std::string(own_after);
      if (contains(own, nvlink) && !contains(own, not_gpu_link)) return "interconnect_bandwidth";
      return "";
    }
    case core::Dimension::data_rate:
      // GDDR7 runs near 32 Gbps per pin; "a 100 Gbps NIC" is a network link.
      if (overclocked(before, after)) return "";
      return contains(context, link) || q.value > 50 ? "" : "memory_data_rate";
    case core::Dimension::power: {
      // "33 FPS at 28 W", "At 15 W it falls to 22 FPS": a power setting a test ran at.
      static const RE2 result_at("(?i)\\b(?:fps|frames|points|score|it/s|tok/s)\\s+at\\s*$");
      static const RE2 setting_at("(?i)(?:^|[.;:]\\s*)at\\s*$");
      static const RE2 then_result("(?i)^\\s*,?\\s*(?:it|the (?:card|chip|gpu|igpu))\\s+(?:falls|drops|runs|gets|loses|manages|scores|hits|reaches|delivers)\\b");
      // "At 250 W – a power limit of about 70 percent – the RTX 5080 loses only 6 percent": the
      // sentence goes on to the result of running at that setting.
      static const RE2 result_words("(?i)\\b(?:percent|per cent|prozent|fps|frames|points|score|performance|leistung)\\b|%");
      if (contains(before, result_at) || (contains(before, setting_at) && (contains(after, then_result) || contains(sentence, result_words)))) return "";
      // "Our meter caught the RTX 4060 at 112 W": a reading, said before the figure ("a 130 W
      // card that our meter caught at 112 W" still rates the card at 130 W).
      static const RE2 meter_reading("(?i)\\b(?:meters?|metered|caught|clocked it|read(?:s|ing)?)\\b[^.;]{0,40}\\bat\\s*(?:about|around|roughly|~)?\\s*$");
      if (contains(before, meter_reading)) return "";
      // "stock is rated 350W, mine does about 270W now": the owner's own card, said before it.
      static const RE2 own_card("(?i)\\bmine\\s+(?:does|runs|draws|pulls|sits|hits|is at|is)\\s*(?:about|around|roughly|~)?\\s*$");
      if (contains(before, own_card)) return "";
      return power_excluded_in(context) ? "" : "tdp";
    }
    case core::Dimension::frequency: {
      // The words right after the number are the most specific ("2475 MHz boost clock"),
      // then those before it; boost and base outrank a memory word further away.
      // A comma ends the words that belong to this number: "boosts to 2040 MHz, its memory
      // runs at 1563 MHz" gives the memory word to the second clock only.
      std::string_view near_after = after.substr(0, std::min<size_t>(20, after.find(',')));
      // "2,790 MHz observed boost": seen in a run, whatever clock it names.
      static const RE2 observed_after("(?i)^\\s*(?:observed|measured|seen|actual|real-world|in-game|sustained)\\b");
      if (contains(near_after, observed_after)) return "";
      if (contains(near_after, boost)) return "boost_clock";
      if (contains(near_after, base)) return "base_clock";
      if (contains(near_after, memory)) return "memory_clock";
      std::string_view near_before = before.substr(before.size() > 30 ? before.size() - 30 : 0);
      if (size_t comma = near_before.rfind(','); comma != std::string_view::npos) near_before.remove_prefix(comma + 1);
      // "GPU-Z showed the RTX 4090 boosting to 2,745 MHz": a clock seen in a run, not the rating.
      static const RE2 observed("(?i)\\b(?:gpu-z|hwinfo|afterburner|showed|shows|observed|logged|recorded|measured|saw|seen|"
                                "sustained|settled|averaged|hovered|hovering|peaked|boosting to|boosted to|ran at|running at)\\b");
      if (contains(before.substr(before.size() > 60 ? before.size() - 60 : 0), observed)) return "";
      if (contains(near_before, boost)) return "boost_clock";
      if (contains(near_before, base)) return "base_clock";
      if (contains(near_before, memory)) return "memory_clock";
      return "";
    }
    case core::Dimension::flops: {
      if (measured_throughput(before, after)) return "";
      return throughput_field(q, before, after, sentence);
    }
    case core::Dimension::ops:
      return contains(context, int8) ? "int8_tops" : "";
    case core::Dimension::length:
      if (q.unit == core::Unit::nm) return "process";
      if (contains(context, not_length)) return "";
      {
        // "305 mm long and 138 mm tall": the word right after a figure names its dimension.
        static const RE2 other_dimension("(?i)^\\s*(?:tall|high|wide|thick|deep|across|in (?:height|width|depth|diameter))\\b");
        if (contains(after, other_dimension)) return "";
      }
      return contains(context, length_words) ? "length" : "";
    case core::Dimension::bits: {
      // "47.9 TFLOPS with 32 and 64 bit" is a precision, "10-bit colour" a depth: no bus.
      static const RE2 not_bus("(?i)precision|comput|floating|flops?\\b|integer|\\bint\\b|operations|instructions|address|colou?r|hdr|encod|decod|\\bfp\\d");
      // "a 256-bit bus is ... addressing the VRAM concerns": the noun right after the figure
      // decides; words further on are about something else.
      static const RE2 bus_after("(?i)^[\\s-]*(?:wide\\s+)?(?:gddr\\w*\\s+|memory\\s+)?(?:bus|interface|memory bus|memory interface)\\b");
      if (contains(after, bus_after)) return "memory_bus_width";
      if (contains(context, not_bus)) return "";
      return q.value >= 32 ? "memory_bus_width" : "";
    }
    case core::Dimension::area:
      return "die_size";
    case core::Dimension::pixel_rate:
      return "pixel_rate";
    case core::Dimension::texture_rate:
      return "texture_rate";
    case core::Dimension::count:
      return count_field(q, has_unit, before, after);
    default:
      return "";
  }
}

}  // namespace extract
