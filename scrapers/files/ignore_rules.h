// .gitignore-style ignore rules (.gitignore, .factcheckignore, --exclude); tested in tests/scrapers/ignore_rules_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace scrapers {

// One line of an ignore file, already parsed.
struct IgnoreRule {
  std::string pattern;     // relative to `base`, without the leading '/', '!' or trailing '/'
  std::string base;        // directory of the ignore file, relative to the walk root ("" = root)
  bool negated = false;    // "!pattern" re-includes
  bool dir_only = false;   // "pattern/" matches directories only
};

// The rules in force during a walk; the last rule that matches decides, as in git.
// Debian's libgit2 answers ignore questions only inside a git repository, and the folders
// factcheck walks need not be one, so the small part of gitignore(5) it needs lives here:
// comments, blank lines, `!`, trailing `/`, leading or inner `/` anchoring, `**`, and `\`
// escapes for a leading `#` or `!`.
class IgnoreRules {
 public:
  // Adds the lines of one ignore file found in `base` (relative to the walk root).
  void add_lines(std::string_view text, const std::string& base);
  // Adds one pattern (--exclude) relative to the walk root.
  void add_pattern(std::string_view line) { add_lines(line, ""); }
  // `path` is relative to the walk root, '/'-separated.
  bool ignored(const std::string& path, bool is_dir) const;
  bool empty() const { return rules_.empty(); }

 private:
  std::vector<IgnoreRule> rules_;
};

}  // namespace scrapers
