// "The Arc B580 is an Alchemist card; the Arc A770 is a Battlemage card": when a sentence
// gives two GPUs their own, different values of one field, neither value can be excused as
// the other GPU's; tested in tests/extract/rival_claims_test.cpp.
#pragma once

#include <vector>

#include "extract/claim.h"

namespace extract {

// Sets Claim::rivals for every value claim: the GPUs (families expanded) to which the same
// sentence gives, in their own clause and with confidence, a different value of the same
// field. Run after annotate_claims, which sets the confidences it reads.
void mark_rival_claims(std::vector<Claim>& claims);

}  // namespace extract
