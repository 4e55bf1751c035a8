// Suppression comment parsing; tested in tests/rules/suppression_test.cpp.
#include "rules/suppression.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <regex>
#include <sstream>

namespace rules {
namespace {

std::vector<std::string> split_rules(const std::string& text) {
  std::vector<std::string> out;
  std::string token;
  std::istringstream in(text);
  while (in >> token) {
    size_t start = 0;
    while (start <= token.size()) {
      size_t comma = token.find(',', start);
      std::string part = token.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!part.empty()) out.push_back(part);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out;
}

}  // namespace

Suppressions parse_suppressions(const core::Source& source, const std::vector<std::string>& known_rules) {
  Suppressions out;
  // Any "factcheck-WORD" directive is matched, so a misspelt one is reported instead of being
  // read as a shorter known one ("disable-lines" is not "disable").
  static const std::regex comment(R"(<!--\s*factcheck-([A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)([\s\S]*?)-->)");
  const std::string& text = source.bytes();
  std::vector<size_t> open;  // indices of ranges still open
  for (std::sregex_iterator it(text.begin(), text.end(), comment), end; it != end; ++it) {
    const std::string kind = (*it)[1];
    std::string body = (*it)[2];
    const size_t directive_at = static_cast<size_t>(it->position(1)) - std::string("factcheck-").size();
    if (kind != "disable" && kind != "enable" && kind != "disable-line" && kind != "disable-next-line") {
      out.errors.push_back({core::ErrorCode::usage,
                            "unknown directive \"factcheck-" + kind +
                                "\" (known: factcheck-disable, factcheck-enable, factcheck-disable-line, "
                                "factcheck-disable-next-line)",
                            source.position(directive_at)});
      continue;
    }
    std::string reason;
    std::vector<std::string> ids;
    if (auto sep = body.find("--"); sep != std::string::npos) {
      reason = body.substr(sep + 2);
      ids = split_rules(body.substr(0, sep));
    } else {
      // DESIGN.md's form, "factcheck-disable RULE reason": leading words shaped like rule
      // ids ("family-problem") are rules, checked below so a typo stays loud; the first
      // other word starts the reason.
      static const std::regex id_shape(R"([a-z0-9]+(-[a-z0-9]+)+)");
      auto words = split_rules(body);
      size_t i = 0;
      for (; i < words.size() && std::regex_match(words[i], id_shape); ++i) ids.push_back(words[i]);
      for (; i < words.size(); ++i) reason += (reason.empty() ? "" : " ") + words[i];
    }
    while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.front()))) reason.erase(0, 1);
    while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.back()))) reason.pop_back();
    const auto pos = source.position(static_cast<size_t>(it->position()));
    for (const auto& id : ids) {
      if (std::find(known_rules.begin(), known_rules.end(), id) == known_rules.end()) {
        core::Position p = pos;
        out.errors.push_back({core::ErrorCode::usage, "unknown rule \"" + id + "\" in factcheck-" + kind + " comment", p});
      }
    }
    if (kind == "disable-next-line") {
      int line = source.position(static_cast<size_t>(it->position() + it->length())).line + 1;
      out.ranges.push_back({ids, line, line, reason, kind, pos});
    } else if (kind == "disable-line") {
      out.ranges.push_back({ids, pos.line, pos.line, reason, kind, pos});
    } else if (kind == "disable") {
      out.ranges.push_back({ids, pos.line, INT_MAX, reason, kind, pos});
      open.push_back(out.ranges.size() - 1);
    } else {
      // factcheck-enable [RULE]: closes the matching open ranges (all when no rule is named).
      for (auto i = open.begin(); i != open.end();) {
        auto& r = out.ranges[*i];
        bool match = ids.empty() || std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
                       return std::find(r.rules.begin(), r.rules.end(), id) != r.rules.end();
                     });
        if (match) {
          r.last_line = pos.line;
          i = open.erase(i);
        } else {
          ++i;
        }
      }
    }
  }
  return out;
}

namespace {

const Suppression* suppressing(const Suppressions& s, const core::Finding& finding) {
  for (const auto& r : s.ranges) {
    if (finding.begin.line < r.first_line || finding.begin.line > r.last_line) continue;
    if (r.rules.empty() || std::find(r.rules.begin(), r.rules.end(), finding.rule) != r.rules.end()) return &r;
  }
  return nullptr;
}

}  // namespace

bool is_suppressed(const Suppressions& s, const core::Finding& finding) { return suppressing(s, finding) != nullptr; }

Suppressed apply_suppressions(const Suppressions& s, std::vector<core::Finding> findings) {
  Suppressed out;
  for (auto& f : findings) {
    if (const Suppression* r = suppressing(s, f)) {
      ++r->used;
      ++out.suppressed;
    } else {
      out.kept.push_back(std::move(f));
    }
  }
  return out;
}

std::vector<core::Error> unused_suppressions(const Suppressions& s) {
  std::vector<core::Error> out;
  for (const auto& r : s.ranges) {
    if (r.used > 0) continue;
    std::string what = r.rules.empty() ? "any rule" : r.rules.front();
    for (size_t i = 1; i < r.rules.size(); ++i) what += ", " + r.rules[i];
    out.push_back({core::ErrorCode::usage, "unused factcheck-" + r.directive + " (" + what + "): it suppressed nothing",
                   r.position});
  }
  return out;
}

}  // namespace rules
