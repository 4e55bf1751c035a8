// Alias matching with one RE2 (leftmost-longest) plus boundary checks; tested in tests/extract/entity_matcher_test.cpp.
#include "extract/entity_matcher.h"

#include "core/text_case.h"
#include "extract/page_glue.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace extract {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Words that, right after a name, make it a different product or not a GPU at all.
bool rejects_following_word(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || rest[i] == '-')) ++i;
  size_t j = i;
  while (j < rest.size() && (is_alnum(rest[j]) || rest[j] == '-')) ++j;
  if (i == 0 && j > 0) return false;  // no separator: handled by the boundary check
  const std::string word = core::ascii_lower(rest.substr(i, j - i));
  static const std::set<std::string> kVariantWords{
      "ti", "super", "xt", "xtx", "gre", "max-q", "maxq", "sff", "laptop", "mobile", "cache", "ada",
      "blackwell", "d", "m", "ultra", "pro", "se", "le", "nvl", "sxm", "sxm4", "sxm5", "pcie"};
  return kVariantWords.count(word) > 0;
}

std::string escape_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out.push_back(c);
    } else {
      out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

// "RTX 4070 Ti" -> "RTX[\s\-]?4070[\s\-]?Ti": writers vary the separators, not the words.
std::string alias_pattern(std::string_view alias) {
  std::string out;
  std::string token;
  auto flush = [&] {
    if (token.empty()) return;
    if (!out.empty()) out += "[\\s\\-]?";
    // "A100 40GB SXM4" is also written "A100 40 GB SXM4".
    size_t digits = 0;
    while (digits < token.size() && std::isdigit(static_cast<unsigned char>(token[digits]))) ++digits;
    if (digits > 0 && token.size() == digits + 2 && std::toupper(static_cast<unsigned char>(token[digits])) == 'G' &&
        std::toupper(static_cast<unsigned char>(token[digits + 1])) == 'B') {
      out += escape_token(token.substr(0, digits)) + "\\s?" + escape_token(token.substr(digits));
    } else {
      out += escape_token(token);
    }
    token.clear();
  };
  for (char c : alias) {
    if (c == ' ' || c == '-') {
      flush();
    } else {
      token.push_back(c);
    }
  }
  flush();
  return out;
}

const std::set<std::string>& brand_words() {
  static const std::set<std::string> words{"nvidia", "geforce", "amd", "radeon", "intel", "tesla", "rtx", "quadro",
                                           "gtx", "rx", "arc"};
  return words;
}

// The alias without leading brand words, when the rest is still a product code (a token
// with letters and digits: "A5000", "L40S", "B580"; or a model number with its suffix:
// "7900 XTX", "4070 Ti SUPER"), else "". A bare "3060" names a GPU only as a possessive
// ("the 3070's 8 GB"): tried as a name anywhere, it gave figures about other cards to the
// wrong GPU more often than it found one.
std::string without_brand(std::string_view alias) {
  std::string rest(alias);
  bool stripped = false;
  while (true) {
    size_t sp = rest.find(' ');
    std::string first = core::ascii_lower(rest.substr(0, sp));
    if (sp == std::string::npos || !brand_words().count(first)) break;
    rest = rest.substr(sp + 1);
    stripped = true;
  }
  if (!stripped) return "";
  // A bare number ("3070") is kept too, and matched only as a possessive (see find()).
  static const RE2 model_number("^\\d{3,4}(?: (?:Ti|SUPER|Super|XT|XTX|GRE))*$");
  bool has_code = RE2::FullMatch(rest, model_number);
  size_t start = 0;
  while (start <= rest.size()) {
    size_t sp = rest.find(' ', start);
    std::string tok = rest.substr(start, sp == std::string::npos ? std::string::npos : sp - start);
    bool letter = std::any_of(tok.begin(), tok.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    bool digit = std::any_of(tok.begin(), tok.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (letter && digit && tok.size() >= 3) has_code = true;
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  return has_code ? rest : "";
}

}  // namespace

std::string normalize_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '.' || c == '\t' || c == '\n' || static_cast<unsigned char>(c) == 0xA0) continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

EntityMatcher::EntityMatcher(const core::AliasTable& aliases) : entries_(aliases) {
  std::vector<std::pair<std::string, int>> keyed;
  std::vector<std::string> spellings;
  auto add = [&](const std::string& spelling, int index) {
    std::string key = normalize_name(spelling);
    if (key.empty()) return;
    keyed.emplace_back(key, index);
    spellings.push_back(spelling);
  };
  for (size_t i = 0; i < entries_.size(); ++i) add(entries_[i].text, static_cast<int>(i));
  // Brand-less forms only where no real alias already claims the key.
  std::set<std::string> taken;
  for (auto& [k, _] : keyed) taken.insert(k);
  std::map<std::string, std::set<int>> derived;
  for (size_t i = 0; i < entries_.size(); ++i) {
    std::string rest = without_brand(entries_[i].text);
    if (!rest.empty() && !taken.count(normalize_name(rest))) derived[rest].insert(static_cast<int>(i));
  }
  for (auto& [rest, owners] : derived) {
    // A derived form that two different GPUs would share names neither.
    std::set<std::string> ids;
    for (int o : owners) ids.insert(entries_[static_cast<size_t>(o)].gpu_ids.empty() ? "" : entries_[static_cast<size_t>(o)].gpu_ids.front());
    if (ids.size() == 1) {
      add(rest, *owners.begin());
      // "4070S", "4080S": forum shorthand for a SUPER card.
      static const RE2 super_suffix("(?i)^(\\d{4}(?: Ti)?) super$");
      std::string number;
      if (RE2::FullMatch(rest, super_suffix, &number) && !taken.count(normalize_name(number + "S"))) add(number + "S", *owners.begin());
    }
  }
  std::sort(keyed.begin(), keyed.end());
  keyed.erase(std::unique(keyed.begin(), keyed.end(), [](auto& a, auto& b) { return a.first == b.first; }), keyed.end());
  by_key_ = std::move(keyed);

  std::sort(spellings.begin(), spellings.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const auto& s : spellings) {
    if (!alternation.empty()) alternation += "|";
    alternation += alias_pattern(s);
  }
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_max_mem(256 << 20);
  known_ = std::make_unique<RE2>("(" + (alternation.empty() ? std::string("\\x{0}\\x{0}") : alternation) + ")", options);
  // Product-like names a reader would take for a GPU, to report when the catalog lacks them.
  gpu_like_ = std::make_unique<RE2>(
      "((?:GeForce |Radeon |NVIDIA |AMD |Intel )?(?:RTX|GTX|RX|Arc|Instinct|Radeon PRO) ?(?:PRO )?[A-Z]?\\d{3,4}[A-Z]?"
      "(?: ?(?:Ti|SUPER|Super|XT|XTX|GRE|Ada|Blackwell))*"
      // Datacenter names the catalog may lack ("B300", "GB300", "MI8") and TITAN cards. Die
      // names ("GB202", "GH100") are not products, so only GB200/GB300 shapes count.
      "|(?:NVIDIA |AMD )?(?:[ABHLPV]\\d{3}[A-Z]?|GB[23]00|MI\\d{2,3}[A-Z]?)"
      "|(?:GTX |NVIDIA )?(?:Titan|TITAN)(?: (?:RTX|X|Xp|V|Z))?)");
}

EntityMatcher::~EntityMatcher() = default;

// "the Instinct MI250 (X)", "RTX 4080 (Super)": writers bracket a suffix to speak of the
// pair, and what follows is about the top model the bracket names, so the mention is that one.
void EntityMatcher::extend_bracketed_suffix(std::string_view text, Mention& m) const {
  static const RE2 suffix("^\\s?\\(\\s*([A-Za-z]{1,5})\\s*\\)");
  re2::StringPiece rest(text.data() + m.end, text.size() - m.end);
  std::string word;
  if (!RE2::PartialMatch(rest, suffix, &word)) return;
  std::string joined = std::string(text.substr(m.begin, m.end - m.begin)) + word;
  int entry = lookup(joined);
  if (entry < 0 || entry == m.entry) return;
  size_t close = text.find(')', m.end);
  m.entry = entry;
  m.end = close + 1;
}

int EntityMatcher::lookup(std::string_view matched) const {
  std::string key = normalize_name(matched);
  auto it = std::lower_bound(by_key_.begin(), by_key_.end(), std::make_pair(key, -1));
  if (it != by_key_.end() && it->first == key) return it->second;
  return -1;
}

std::vector<Mention> EntityMatcher::find(std::string_view text) const {
  std::vector<Mention> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece group;
  size_t pos = 0;
  while (pos < text.size() && known_->Match(input, pos, text.size(), RE2::UNANCHORED, &group, 1)) {
    size_t begin = static_cast<size_t>(group.data() - text.data());
    size_t end = begin + group.size();
    pos = begin + 1;
    if (group.empty()) continue;
    const char first = text[begin];
    if (begin > 0 && is_alnum(text[begin - 1])) {
      // "8.7/10NVIDIA": a digit glued before a name that starts with a letter is a page artefact.
      bool glued_score = std::isdigit(static_cast<unsigned char>(text[begin - 1])) &&
                         std::isalpha(static_cast<unsigned char>(first));
      if (!glued_score) continue;
    }
    if (end < text.size() && is_alnum(text[end]) && !starts_with_glued_vendor(text.substr(end))) continue;
    if (rejects_following_word(text.substr(end))) continue;
    const bool digits_only = std::none_of(text.begin() + static_cast<std::ptrdiff_t>(begin),
                                          text.begin() + static_cast<std::ptrdiff_t>(end),
                                          [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    const std::string_view after_name = text.substr(end);
    if (digits_only && after_name.rfind("'s", 0) != 0 && after_name.rfind("\xE2\x80\x99s", 0) != 0) continue;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.entry = lookup(text.substr(begin, end - begin));
    if (m.entry < 0) continue;
    extend_bracketed_suffix(text, m);
    end = m.end;
    std::string_view rest = text.substr(end);
    m.possessive = rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
    out.push_back(m);
    pos = end;
  }
  // Unresolved GPU-like names that no alias covered.
  pos = 0;
  while (pos < text.size() && gpu_like_->Match(input, pos, text.size(), RE2::UNANCHORED, &group, 1)) {
    size_t begin = static_cast<size_t>(group.data() - text.data());
    size_t end = begin + group.size();
    pos = end > begin ? end : begin + 1;
    if ((begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) ||
        (end < text.size() && is_alnum(text[end]) && !starts_with_glued_vendor(text.substr(end)))) {
      continue;
    }
    bool covered = std::any_of(out.begin(), out.end(), [&](const Mention& m) { return m.begin < end && begin < m.end; });
    if (covered) continue;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.entry = -1;
    std::string_view rest = text.substr(end);
    m.possessive = rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace extract
