// Ignore-file parsing and matching; tested in tests/scrapers/ignore_rules_test.cpp.
#include "scrapers/files/ignore_rules.h"

#include "scrapers/files/path_pattern.h"

namespace scrapers {

void IgnoreRules::add_lines(std::string_view text, const std::string& base) {
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line(text.substr(start, nl - start));
    start = nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces are dropped unless escaped with a backslash.
    while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    IgnoreRule rule;
    rule.base = base;
    if (line[0] == '!') {
      rule.negated = true;
      line.erase(0, 1);
    } else if (line[0] == '\\' && line.size() > 1 && (line[1] == '#' || line[1] == '!')) {
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      rule.dir_only = true;
      line.pop_back();
    }
    if (line.empty()) continue;
    // A slash at the start or in the middle anchors the pattern to the ignore file's folder;
    // without one it matches a name at any depth.
    bool anchored = line.find('/') != std::string::npos;
    if (line[0] == '/') line.erase(0, 1);
    rule.pattern = anchored ? line : "**/" + line;
    rules_.push_back(std::move(rule));
  }
}

bool IgnoreRules::ignored(const std::string& path, bool is_dir) const {
  bool result = false;
  for (const auto& r : rules_) {
    if (r.dir_only && !is_dir) continue;
    std::string relative = path;
    if (!r.base.empty()) {
      if (path.compare(0, r.base.size() + 1, r.base + "/") != 0) continue;
      relative = path.substr(r.base.size() + 1);
    }
    if (match_path(r.pattern, relative)) result = !r.negated;
  }
  return result;
}

}  // namespace scrapers
