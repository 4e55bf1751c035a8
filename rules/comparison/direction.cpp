// comparison-direction; tested in tests/rules/comparison/direction_test.cpp.
#include "rules/comparison/direction.h"

#include "rules/innocent_readings.h"

#include <algorithm>

#include "core/field.h"
#include "core/quantity.h"
#include "rules/relation_values.h"
#include "rules/value_match.h"

namespace rules {
namespace {

// Newer architectures later in each vendor's line; equal rank = same generation.
int architecture_rank(const std::string& arch) {
  static const std::vector<std::string> order{"Kepler", "Maxwell", "Pascal", "Volta", "Turing", "Ampere",
                                              "Ada Lovelace", "Hopper", "Blackwell", "Rubin"};
  auto it = std::find(order.begin(), order.end(), arch);
  if (it == order.end()) return -1;
  // Ada (consumer) and Hopper (data center) launched together; treat them as one generation.
  int rank = static_cast<int>(it - order.begin());
  return arch == "Hopper" ? rank - 1 : rank;
}

std::string format_base(const std::string& field, double base) {
  const auto* info = core::find_field(fields_for(field).front());
  if (!info || info->unit.empty()) return core::format_number(base, 2);
  auto unit = core::unit_from_symbol(info->unit);
  return core::format_number(unit ? core::convert(base, *unit) : base, 2) + " " + std::string(info->unit);
}

}  // namespace

const core::RuleInfo& ComparisonDirection::info() const {
  static const core::RuleInfo info{
      "comparison-direction", "comparison", "A comparison between GPUs that the values contradict",
      "Checks \"higher\", \"lower\", \"larger\", \"better process\" and \"newer\" statements between two GPUs "
      "against the catalog values of both (and the numbers the sentence states where the catalog has none). Equal "
      "values refute a comparison that says one is higher.",
      core::Severity::error};
  return info;
}

void ComparisonDirection::check(const Context& context, Sink& sink) const {
  for (const auto& claim : context.claims) {
    if (claim.kind != extract::ClaimKind::comparison || !claim.subject.gpu.resolved()) continue;
    if (claim.confidence < kConfidentAttribution) continue;  // both sides would be guesses
    std::vector<std::string> problems;
    std::vector<core::Evidence> evidence;
    std::string expected;
    for (const auto& other : claim.others) {
      if (!other.gpu.resolved()) continue;
      const std::string a_name = display_name(context.catalog, claim.subject.gpu);
      const std::string b_name = display_name(context.catalog, other.gpu);
      if (claim.relation == "newer" || claim.relation == "older") {
        const auto* a = catalog_gpu(context.catalog, claim.subject.gpu);
        const auto* b = catalog_gpu(context.catalog, other.gpu);
        const auto* fa = a ? a->field("architecture") : nullptr;
        const auto* fb = b ? b->field("architecture") : nullptr;
        if (!fa || !fb || fa->is_number() || fb->is_number()) continue;
        int ra = architecture_rank(fa->text()), rb = architecture_rank(fb->text());
        if (ra < 0 || rb < 0) continue;
        bool holds = claim.relation == "newer" ? ra > rb : ra < rb;
        if (holds) continue;
        // Equal rank with different names (Hopper, Ada Lovelace) is one generation, not one architecture.
        problems.push_back(ra == rb ? (fa->text() == fb->text()
                                           ? a_name + " and " + b_name + " are both " + fa->text()
                                           : a_name + " (" + fa->text() + ") and " + b_name + " (" + fb->text() +
                                                 ") are the same generation")
                                    : a_name + " (" + fa->text() + ") is not " + claim.relation + " than " + b_name +
                                          " (" + fb->text() + ")");
        expected = fa->text() + " vs " + fb->text();
        evidence.push_back(evidence_for(*a, *fa));
        evidence.push_back(evidence_for(*b, *fb));
        continue;
      }
      // Numbers: the catalog's where both exist, else the sentence's own.
      std::optional<double> va, vb;
      std::string used_field;
      // Families: the members most in the claim's favour ("higher": the subject's highest
      // against the other's lowest), so only a comparison no variant bears out is refuted.
      const bool wants_higher = claim.field == "process" ? claim.relation == "worse"
                                                         : (claim.relation == "higher" || claim.relation == "better");
      for (const auto& f : fields_for(claim.field)) {
        auto ra = catalog_range(context.catalog, claim.subject.gpu, f);
        auto rb = catalog_range(context.catalog, other.gpu, f);
        if (ra && rb) {
          va = wants_higher ? ra->second : ra->first;
          vb = wants_higher ? rb->first : rb->second;
          used_field = f;
          break;
        }
      }
      bool from_catalog = va && vb;
      if (!from_catalog) {
        if (!claim.subject.stated || !other.stated) continue;
        // "1563 MHz" vs "21 Gbps": no common scale to compare on.
        if (claim.subject.stated->dimension() != other.stated->dimension()) continue;
        va = claim.subject.stated->base_value();
        vb = other.stated->base_value();
        used_field = claim.field;
      }
      bool holds;
      if (claim.field == "process") {
        holds = claim.relation == "better" ? *va < *vb : (claim.relation == "worse" ? *va > *vb : true);
        if (claim.relation == "higher" || claim.relation == "lower") continue;  // "higher process" says nothing clear
      } else if (claim.relation == "higher" || claim.relation == "better") {
        holds = *va > *vb;
      } else if (claim.relation == "lower" || claim.relation == "worse") {
        holds = *va < *vb;
      } else {
        continue;
      }
      if (holds) continue;
      const auto* info_field = core::find_field(used_field);
      std::string label = info_field ? std::string(info_field->label) : used_field;
      std::string relation_word = claim.relation == "better" && claim.field == "process" ? "a better (smaller) process"
                                                                                          : claim.relation + " " + label;
      // Catalog values in the field's unit; stated ones in the unit the article used for each.
      auto show = [&](double base, const std::optional<core::Quantity>& stated) {
        if (from_catalog) return format_base(used_field, base);
        const auto symbol = core::unit_symbol(stated->unit);
        return core::format_number(core::convert(base, stated->unit), 2) + (symbol.empty() ? "" : " " + std::string(symbol));
      };
      expected = show(*va, claim.subject.stated) + " vs " + show(*vb, other.stated);
      problems.push_back(a_name + " does not have " + relation_word + " than " + b_name + ": " + expected +
                         (from_catalog ? "" : " (as the article states them)"));
      if (from_catalog) {
        for (const auto* gpu : {catalog_gpu(context.catalog, claim.subject.gpu), catalog_gpu(context.catalog, other.gpu)}) {
          if (gpu && gpu->field(used_field)) evidence.push_back(evidence_for(*gpu, *gpu->field(used_field)));
        }
      }
    }
    if (problems.empty()) continue;
    core::Finding f;
    f.severity = core::Severity::error;
    f.verdict = core::Verdict::refuted;
    f.span = claim.span;
    f.gpu = claim.subject.gpu.id;
    f.field = "comparison";
    f.claimed = claim.text;
    f.expected = expected;
    f.message = problems.front();
    for (size_t i = 1; i < problems.size(); ++i) f.message += "; " + problems[i];
    f.evidence = std::move(evidence);
    sink.report(info(), std::move(f));
  }
}

}  // namespace rules
