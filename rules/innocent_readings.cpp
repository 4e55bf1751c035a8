// Innocent readings of a value that contradicts the catalog; tested in tests/rules/innocent_readings_test.cpp.
#include "rules/innocent_readings.h"

#include <algorithm>
#include <cmath>

#include "core/field.h"
#include "rules/claim_against_catalog.h"
#include "rules/value_match.h"

namespace rules {
namespace {

// NVIDIA's Dynamic Boost 2.0 moves up to 25 W from the CPU to a laptop GPU.
constexpr double kDynamicBoostWatts = 25;
// A tool reports a little less memory than a card carries: nvidia-smi shows 81,559 of an H100's
// 81,920 MiB, 24,564 of an RTX 4090's 24,576; ECC on GDDR cards keeps up to about 6%.
constexpr double kReportedMemoryShare = 0.93;

// "1,440 GB across 8 GPUs": the figure is N times the GPU's own value.
std::optional<int> system_multiple(const extract::Claim& claim, const std::vector<const catalog::Gpu*>& own) {
  if (!claim.quantity) return std::nullopt;
  for (const auto* g : own) {
    const auto* fv = g->field(claim.field);
    if (!fv || !fv->is_number()) continue;
    for (int n : {2, 4, 8, 16, 32, 72}) {
      if (number_agrees(claim.field, *claim.quantity, fv->number() * n)) return n;
      if (fv->sparse && number_agrees(claim.field, *claim.quantity, *fv->sparse * n)) return n;
    }
    // "20.5 TB of HBM3 in total" for a 256-GPU partition: any whole number of GPUs.
    const auto unit = core::unit_from_symbol(fv->unit);
    const double one = fv->number() * (unit ? core::base_factor(*unit) : 1.0);
    if (one <= 0) continue;
    const double ratio = claim.quantity->base_value() / one;
    if (ratio >= 2 && ratio <= 1e5) {
      const long n = std::lround(ratio);
      if (number_agrees(claim.field, *claim.quantity, fv->number() * static_cast<double>(n))) return static_cast<int>(n);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Reading> innocent_reading(const extract::Claim& claim, const catalog::Catalog& catalog) {
  const auto own = claim_gpus(claim, catalog);
  if (claim.confidence < kConfidentAttribution) {
    return Reading{"low_confidence", "the figure may be another GPU's: " + claim.confidence_reason, ""};
  }
  // A feature ("supports NVLink for pairing two boards") is no figure: scope words say
  // nothing of it, so only readings of who it is about apply. Nor is a text value of a GPU
  // its own clause names ("An 8x H100 SXM node gives you 640 GB of HBM2e" is still HBM2e);
  // without that name, a system sentence ("a full node gives you 160 GB of HBM2") leaves
  // open which GPU the value is of.
  const auto by = claim.gpu.attributed_by;
  const bool named_owner = by == extract::Attribution::same_clause || by == extract::Attribution::possessive ||
                           by == extract::Attribution::parenthetical || by == extract::Attribution::list_lead;
  const bool figure = !claim.supports && (claim.quantity.has_value() || !named_owner);
  if (figure && claim.scope == "system") {
    if (auto n = system_multiple(claim, own)) {
      return Reading{"system", std::to_string(*n) + " GPUs together: " + std::to_string(*n) + " x the one-GPU value", ""};
    }
    return Reading{"system", "a system or multi-GPU figure, not one GPU's", ""};
  }
  if (figure && claim.scope == "possible_system") {
    if (auto n = system_multiple(claim, own)) {
      return Reading{"system", std::to_string(*n) + " GPUs together: " + std::to_string(*n) + " x the one-GPU value", ""};
    }
  }
  // "GPU clocks read 0 MHz after resume", "power was reported as 0 W": no GPU is rated at
  // zero clock, power, memory or throughput, so a zero is a reading of a fault or an idle card.
  if (figure && claim.quantity && claim.quantity->value == 0 && !claim.quantity->upper) {
    const auto* info = core::find_field(claim.field);
    if (info && info->dimension != core::Dimension::count) return Reading{"zero_reading", "a zero reading (a fault or an idle card), not a rating", ""};
  }
  if (figure && claim.scope == "per_unit") return Reading{"per_unit", "a per-unit figure (per SM, die, stack ...), not the GPU's total", ""};
  if (figure && claim.scope == "difference") return Reading{"difference", "a difference between two GPUs, not a value", ""};
  if (figure && claim.scope == "ratio_unit") return Reading{"ratio_unit", "an efficiency figure (per watt, per dollar), not a spec", ""};

  // Right for another GPU named in the sentence (or, for a weakly attributed claim, on the
  // page): the attribution slipped. A table cell or a possessive names its GPU outright,
  // and a value of the other column there is the writer's error, not ours.
  const auto how = claim.gpu.attributed_by;
  const bool explicit_owner = how == extract::Attribution::possessive || how == extract::Attribution::table_header ||
                              how == extract::Attribution::list_lead || how == extract::Attribution::pair ||
                              how == extract::Attribution::parenthetical;
  const bool weak = claim.confidence < 0.8;
  const bool other_may_own = !explicit_owner && !claim.shared_with_other;
  for (const auto& id : !other_may_own ? std::vector<std::string>{} : (weak ? claim.nearby_gpus : claim.sentence_gpus)) {
    if (names_gpu(claim, id)) continue;
    if (std::find(claim.rivals.begin(), claim.rivals.end(), id) != claim.rivals.end()) continue;
    const auto* g = catalog.find(id);
    if (!g || !claim_judgeable(claim, *g) || !claim_agrees(claim, *g)) continue;
    return Reading{"other_gpu", "right for " + g->name + ", also named here", g->id};
  }
  // "The B300 uses NVLink at 1.8 TB/s; Hopper offered 900 GB/s": another generation's figure.
  if (!claim.generation_named.empty() && claim.quantity) {
    for (const auto* g : own) {
      const auto* arch = g->field("architecture");
      if (arch && !arch->is_number() && std::get<std::string>(arch->value) != claim.generation_named) {
        return Reading{"other_generation", "a " + claim.generation_named + " figure, not " + g->name + "'s (" +
                                               std::get<std::string>(arch->value) + ")", g->id};
      }
    }
  }
  // "Rig: Z690 | RTX 3080 10GB FE | 850W", "plan on 750 W": no desktop or laptop card is rated
  // at 650 W or more, so such a figure beside one is its power supply.
  if (claim.field == "tdp" && claim.quantity && claim.quantity->base_value() >= 650) {
    const bool consumer = !own.empty() && std::all_of(own.begin(), own.end(), [](const catalog::Gpu* g) { return g->segment != "datacenter"; });
    if (consumer) return Reading{"power_supply", "a power supply's rating: no desktop or laptop card is rated at 650 W or more", ""};
  }
  // "We carve each A100 into 3 MIG instances": a setting under the GPU's limit.
  if (const auto* limit = core::find_field(claim.field); limit && limit->upper_limit && claim.quantity &&
      claim.quantity->qualifier != core::Qualifier::up_to && claim.quantity->qualifier != core::Qualifier::at_most && !claim.says_limit) {
    for (const auto* g : own) {
      const auto* fv = g->field(claim.field);
      if (fv && fv->is_number() && claim.quantity->value < fv->number()) {
        return Reading{"configuration", "a setting under " + g->name + "'s limit of " + core::format_number(fv->number(), 0), g->id};
      }
    }
  }
  // "The RTX 4060 Laptop GPU runs at 60-80 W in thin machines": the maker's setting.
  const auto* configurable = core::find_field(claim.field);
  if (configurable && configurable->maker_configurable && claim.partner_card) {
    return Reading{"partner_card", "a board partner's factory setting, not the reference card's", ""};
  }
  if (configurable && configurable->maker_configurable && claim.quantity) {
    for (const auto* g : own) {
      const auto* fv = g->field(claim.field);
      if (g->segment != "laptop" || !fv || !fv->is_number()) continue;
      const auto unit = core::unit_from_symbol(fv->unit);
      if (!unit) continue;
      const double claimed = claim.quantity->upper.value_or(claim.quantity->value) * core::base_factor(claim.quantity->unit);
      const double rated = fv->number() * core::base_factor(*unit);
      if (claimed > 0 && claimed <= rated * 1.0001) {
        return Reading{"laptop_configuration", "a laptop maker's setting at or below " + g->name + "'s maximum", g->id};
      }
      // "A 140 W RTX 5070 Ti Laptop design": NVIDIA's Dynamic Boost lets a maker add up to 25 W
      // over the rated maximum. A sentence that calls the figure a rating gets no such room.
      if (claim.field == "tdp" && !claim.says_rating && claimed > rated && claimed <= rated + kDynamicBoostWatts + 1e-6) {
        return Reading{"laptop_configuration", "a laptop maker's setting with Dynamic Boost (up to 25 W over " + g->name + "'s maximum)", g->id};
      }
    }
  }
  // A throughput said without its precision: any rate the GPU has is a reading of it. A
  // datacenter part is quoted at whichever tensor rate the page is selling, so there the
  // figure says too little to be wrong.
  if (claim.precision_unnamed) {
    for (const auto* g : own) {
      if (g->segment == "datacenter") return Reading{"unnamed_precision", "a throughput without its precision, for a datacenter GPU", g->id};
      // Without the tensor rates a GPU with tensor cores may be quoted at one we cannot rule out.
      const auto* tensor = g->field("tensor_cores");
      const bool has_tensor = !tensor || !tensor->is_number() || tensor->number() > 0;
      if (has_tensor && !g->field("fp16_tensor_tflops")) {
        return Reading{"unnamed_precision", "a throughput without its precision; the catalog lacks " + g->name + "'s tensor rates", g->id};
      }
      for (const auto& f : core::value_fields()) {
        if (f.dimension != core::Dimension::flops || f.name == claim.field) continue;
        const std::string other(f.name);
        if (claim_judgeable_as(claim, other, *g) && claim_agrees_as(claim, other, *g)) {
          return Reading{"unnamed_precision", "the " + std::string(f.label) + " of " + g->name + " (the sentence names no precision)", g->id};
        }
      }
    }
  }
  // "nvidia-smi shows 81,559 MiB" on an 80 GB H100: what a tool reports as usable, a little
  // under the binary size the card carries (the driver and ECC keep the rest).
  if (claim.field == "memory_size" && claim.quantity &&
      (claim.quantity->unit == core::Unit::MiB || claim.quantity->unit == core::Unit::GiB)) {
    const double gib = claim.quantity->unit == core::Unit::MiB ? claim.quantity->value / 1024.0 : claim.quantity->value;
    for (const auto* g : own) {
      const auto* fv = g->field("memory_size");
      if (!fv || !fv->is_number() || fv->number() <= 0) continue;
      const double share = gib / fv->number();
      if (share >= kReportedMemoryShare && share < 1.0) {
        return Reading{"reported_memory", "the usable memory a tool reports, just under " + g->name + "'s " +
                                              std::to_string(static_cast<int>(fv->number())) + " GB", g->id};
      }
    }
  }
  // "3.2 TB/s" for the Max 1550's 3.2768 TB/s: the figure cut to the digits the writer kept,
  // not rounded. Only for figures with decimals, where the cut digit is all that differs.
  if (claim.quantity && claim.quantity->decimals > 0 && claim.quantity->qualifier == core::Qualifier::exact && !claim.quantity->upper) {
    const double unit_value = claim_base_value(claim.field, *claim.quantity, 1.0);
    const double scale = std::pow(10.0, claim.quantity->decimals);
    for (const auto* g : own) {
      const auto* fv = g->field(claim.field);
      if (!fv || !fv->is_number() || unit_value <= 0) continue;
      const double truth = catalog_base_value(claim.field, fv->number()) / unit_value;
      const double cut = std::floor(truth * scale + 1e-9) / scale;
      if (std::fabs(cut - claim.quantity->value) < 0.5 / scale && std::fabs(truth - claim.quantity->value) > 0.5 / scale) {
        return Reading{"truncated", "the figure cut, not rounded, to the digits written (" + core::format_number(truth, 4) + ")", g->id};
      }
    }
  }
  // Another field of the same dimension that writers put in its place.
  if (const auto* info = core::find_field(claim.field); info && !info->confusable.empty()) {
    const std::string other(info->confusable);
    for (const auto* g : own) {
      if (claim_judgeable_as(claim, other, *g) && claim_agrees_as(claim, other, *g)) {
        const auto* oi = core::find_field(other);
        return Reading{"other_field", "the " + std::string(oi ? oi->label : other) + " of " + g->name, g->id};
      }
    }
  }
  return std::nullopt;
}

std::string describe(const Reading& r) { return r.kind + ": " + r.explanation; }

}  // namespace rules
