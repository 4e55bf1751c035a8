// In-document suppression comments (factcheck-disable / -enable / -disable-next-line); tested in tests/rules/suppression_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/source.h"

namespace rules {

struct Suppression {
  std::vector<std::string> rules;  // empty = every rule
  int first_line = 0;              // inclusive
  int last_line = 0;               // inclusive; INT_MAX when never re-enabled
  std::string reason;
};

struct Suppressions {
  std::vector<Suppression> ranges;
  std::vector<core::Error> errors;  // an unknown rule id in a comment is a loud error
};

// Reads `<!-- factcheck-disable RULE[, RULE] -- reason -->` ... `<!-- factcheck-enable -->`
// and `<!-- factcheck-disable-next-line RULE -->` from the source text.
Suppressions parse_suppressions(const core::Source& source, const std::vector<std::string>& known_rules);
bool is_suppressed(const Suppressions& s, const core::Finding& finding);

}  // namespace rules
