// Rival values of one field in one sentence; tested in tests/extract/rival_claims_test.cpp.
#include "extract/rival_claims.h"

#include "extract/document_context.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace extract {
namespace {

// A rival must be as plainly attributed as a possessive: its own clause names its GPU and
// nothing in the sentence doubts it. Anything weaker may be the slipped attribution that the
// "right for another GPU" reading exists to catch.
constexpr double kRivalConfidence = 0.8;

bool plainly_owned(const Claim& c) {
  return c.kind == ClaimKind::value && c.gpu.resolved() && c.scope.empty() && c.confidence >= kRivalConfidence &&
         (c.gpu.attributed_by == Attribution::same_clause || c.gpu.attributed_by == Attribution::possessive);
}

bool same_value(const Claim& a, const Claim& b) {
  if (a.quantity && b.quantity) {
    const double x = a.quantity->base_value(), y = b.quantity->base_value();
    return std::fabs(x - y) <= 1e-6 * std::max(std::fabs(x), std::fabs(y));
  }
  if (a.quantity || b.quantity) return false;
  if (a.supports || b.supports) return a.supports == b.supports && a.feature == b.feature;
  return a.text_value == b.text_value;
}

}  // namespace

void mark_rival_claims(std::vector<Claim>& claims) {
  // Claims of one sentence and field, by their position in the list.
  std::map<std::tuple<int, size_t, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    if (c.kind != ClaimKind::value || c.block < 0) continue;
    groups[{c.block, c.sentence.begin, c.field}].push_back(i);
  }
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    for (size_t i : members) {
      for (size_t j : members) {
        const Claim& rival = claims[j];
        if (i == j || !plainly_owned(rival) || rival.gpu.id == claims[i].gpu.id) continue;
        if (same_value(claims[i], rival)) continue;
        add_ids(rival.gpu, claims[i].rivals);
      }
    }
  }
}

}  // namespace extract
