// In-document suppression comments (factcheck-disable / -enable / -disable-line / -disable-next-line); tested in tests/rules/suppression_test.cpp.
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
  std::string directive;           // "disable", "disable-line", "disable-next-line"
  core::Position position;         // where the comment starts
  mutable int used = 0;            // findings it suppressed (apply_suppressions counts them)
};

struct Suppressions {
  std::vector<Suppression> ranges;
  // An unknown rule id or an unknown directive ("factcheck-disabel", "factcheck-ignore") is a
  // loud error: read as a plain "disable" it would silence every rule.
  std::vector<core::Error> errors;
};

// Reads `<!-- factcheck-disable RULE[, RULE] -- reason -->` ... `<!-- factcheck-enable -->`,
// `<!-- factcheck-disable-line RULE -->` (the comment's own line) and
// `<!-- factcheck-disable-next-line RULE -->` from the source text.
Suppressions parse_suppressions(const core::Source& source, const std::vector<std::string>& known_rules);
bool is_suppressed(const Suppressions& s, const core::Finding& finding);

struct Suppressed {
  std::vector<core::Finding> kept;
  int suppressed = 0;
};
// Drops suppressed findings and counts, per directive, what each one suppressed.
Suppressed apply_suppressions(const Suppressions& s, std::vector<core::Finding> findings);
// Directives that suppressed nothing (after apply_suppressions), as "unused" errors at their position.
std::vector<core::Error> unused_suppressions(const Suppressions& s);

}  // namespace rules
