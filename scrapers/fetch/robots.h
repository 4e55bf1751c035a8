// robots.txt (RFC 9309): groups, Allow/Disallow, longest match, `*` and `$`; tested in tests/scrapers/robots_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace scrapers::net {

// The rules of one robots.txt for one user agent. Parsing is one pass over the lines; a
// path check is linear in the rules times the path (patterns are matched greedily-with-
// backtracking on `*` only, which stays linear per pattern for the short patterns robots
// files hold).
class RobotsRules {
 public:
  // Everything allowed (a 4xx robots.txt, or none at all).
  static RobotsRules allow_all();
  // Nothing allowed (a 5xx or unreachable robots.txt: RFC 9309 §2.3.1.4).
  static RobotsRules disallow_all();
  // The groups of `text` that apply to `user_agent` (its product token, before any '/',
  // matched case-insensitively); the `*` group when none names it. Groups naming the same
  // agent are merged, as the RFC asks.
  static RobotsRules parse(std::string_view text, std::string_view user_agent);

  // Whether `path_and_query` ("/products/l4?x=1") may be fetched: the longest matching
  // rule wins, Allow on a tie; no matching rule allows. /robots.txt itself is always allowed.
  // Both the rules and the path are compared in percent-encoding normal form.
  bool allowed(std::string_view path_and_query) const;

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;
  };
  std::vector<Rule> rules_;
  bool disallow_everything_ = false;
};

// Whether `path` matches a robots pattern, octet for octet (RobotsRules normalises both
// first): `*` is any run of characters, a final `$` anchors the end, anything else is a
// prefix match.
bool robots_pattern_matches(std::string_view pattern, std::string_view path);

}  // namespace scrapers::net
