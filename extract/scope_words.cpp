// Scope words and the scope they give a figure; tested through tests/extract/claim_annotation_test.cpp and tests/cases/scope.
#include "extract/scope_words.h"

namespace extract {
namespace {

bool matches(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

}  // namespace

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

}  // namespace extract
