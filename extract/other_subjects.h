// A figure whose own words are about something other than a GPU; tested through tests/cases.
#pragma once
#include <string_view>

#include "extract/claim.h"
#include "extract/sentences.h"

namespace extract {

// The words around one figure in running text.
struct FigureWords {
  std::string_view text;         // the block
  Range sentence;
  Range clause;
  std::string_view before;       // the clause up to the figure
  std::string_view near_before;  // the last 60 characters of that
  std::string_view near_after;   // the 40 characters after the figure
  bool gpu_from_elsewhere;       // the claim's GPU is not named in its sentence
};

// A memory or link technology as the clause's subject ("GDDR7 arrived with ..."), a memory
// part ("A single GDDR7 chip"), system memory beside a CPU, a full die ("The GA100 die
// physically has 128 SMs"), someone's quoted words, a class of cards ("avoid 4 GB cards"):
// each lowers the claim's confidence with its reason, so judging leaves it alone.
void doubt_other_subjects(Claim& c, const FigureWords& w);

}  // namespace extract
