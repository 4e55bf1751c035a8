// robots.txt parsing and matching per RFC 9309; tested in tests/scrapers/robots_test.cpp.
#include "scrapers/fetch/robots.h"

#include <cctype>

#include "scrapers/fetch/percent_encoding.h"

namespace scrapers::net {
namespace {

std::string_view trim(std::string_view v) {
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  return v;
}

std::string lower(std::string_view v) {
  std::string out(v);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "factcheck/1 (GPU spec fact-checker)" -> "factcheck"
std::string product_token(std::string_view user_agent) {
  size_t end = 0;
  while (end < user_agent.size() && (std::isalnum(static_cast<unsigned char>(user_agent[end])) ||
                                     user_agent[end] == '-' || user_agent[end] == '_')) {
    ++end;
  }
  return lower(user_agent.substr(0, end));
}

}  // namespace

bool robots_pattern_matches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Classic wildcard matching with one backtrack point: linear for patterns with one `*`,
  // O(pattern x path) at worst, both short.
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // prefix match: the rest of the path is free
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::allow_all() { return {}; }

RobotsRules RobotsRules::disallow_all() {
  RobotsRules r;
  r.disallow_everything_ = true;
  return r;
}

RobotsRules RobotsRules::parse(std::string_view text, std::string_view user_agent) {
  const std::string me = product_token(user_agent);
  std::vector<Rule> mine, star;
  bool have_mine = false;
  // A group is a run of user-agent lines followed by rules; a user-agent line after a
  // rule starts the next group.
  bool group_is_mine = false, group_is_star = false, in_agents = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find_first_of("\r\n", pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) group_is_mine = group_is_star = false;
      in_agents = true;
      std::string agent = lower(value);
      if (agent == "*") group_is_star = true;
      else if (!me.empty() && product_token(agent) == me) group_is_mine = have_mine = true;
      continue;
    }
    if (key != "allow" && key != "disallow") continue;  // sitemap, crawl-delay, unknown keys
    in_agents = false;
    if (value.empty()) continue;  // "Disallow:" with no path matches nothing
    // Rules and paths meet in one spelling, so "/%7Ejoe" in a rule covers "/~joe" (RFC 9309 §2.2.2).
    Rule rule{key == "allow", percent_encoding_normal_form(value)};
    if (group_is_mine) mine.push_back(rule);
    if (group_is_star) star.push_back(rule);
  }
  RobotsRules out;
  out.rules_ = have_mine ? std::move(mine) : std::move(star);
  return out;
}

bool RobotsRules::allowed(std::string_view path_and_query) const {
  const std::string path = percent_encoding_normal_form(path_and_query);
  if (path == "/robots.txt") return true;
  if (disallow_everything_) return false;
  size_t best = 0;
  bool verdict = true, matched = false;
  for (const auto& r : rules_) {
    if (!robots_pattern_matches(r.pattern, path)) continue;
    size_t length = r.pattern.size();
    if (!matched || length > best || (length == best && r.allow)) {
      best = length;
      verdict = r.allow;
      matched = true;
    }
  }
  return verdict;
}

}  // namespace scrapers::net
