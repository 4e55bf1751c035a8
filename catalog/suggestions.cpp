// "Did you mean" for unknown GPU names: edit distance and token overlap; tested in tests/catalog/catalog_test.cpp.
#include <algorithm>
#include <set>

#include "catalog/catalog.h"
#include "catalog/text_key.h"

namespace catalog {

namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::set<std::string> tokens(const std::string& key) {
  std::set<std::string> out;
  std::string word;
  for (char c : key + " ") {
    if (c == ' ' || c == '-' || c == '_') {
      if (!word.empty()) out.insert(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

// Model numbers carry the identity of a GPU ("4090" vs "3090"); words like "rtx" or "ti" less.
double token_weight(const std::string& token) {
  return token.find_first_of("0123456789") != std::string::npos ? 3.0 : 1.0;
}

// 0..1. Edit distance catches typos ("l4O", "mi300"); weighted token overlap ranks
// partial or reordered names and keeps "RTX 4090 Ti" nearer "RTX 4090" than "RTX 3090 Ti",
// which is one edit away. Overlap counts twice: once in the max, once on its own.
double similarity(const std::string& query, const std::string& candidate) {
  size_t longest = std::max(query.size(), candidate.size());
  if (longest == 0) return 0;
  double by_edits = 1.0 - static_cast<double>(edit_distance(query, candidate)) / static_cast<double>(longest);
  auto q = tokens(query);
  auto c = tokens(candidate);
  double shared = 0;
  double all = 0;
  for (const auto& t : q) {
    all += token_weight(t);
    if (c.count(t)) shared += token_weight(t);
  }
  for (const auto& t : c) {
    if (!q.count(t)) all += token_weight(t);
  }
  double by_tokens = all == 0 ? 0 : shared / all;
  return 0.6 * std::max(by_edits, by_tokens) + 0.4 * by_tokens;
}

}  // namespace

std::vector<std::string> Catalog::suggestions(const std::string& query, size_t max) const {
  // Below this a suggestion is more likely noise than help.
  constexpr double kThreshold = 0.45;
  std::string key = text_key(query);
  std::map<std::string, double> best;  // display name -> best score over its spellings
  auto consider = [&](const std::string& display, const std::vector<std::string>& spellings) {
    double score = 0;
    for (const auto& s : spellings) score = std::max(score, similarity(key, text_key(s)));
    if (score >= kThreshold) best[display] = std::max(best[display], score);
  };
  for (const auto& gpu : gpus_) {
    std::vector<std::string> spellings{gpu.id, gpu.name};
    spellings.insert(spellings.end(), gpu.aliases.begin(), gpu.aliases.end());
    consider(gpu.name, spellings);
  }
  for (const auto& fam : families_) {
    std::vector<std::string> spellings{fam.id, fam.name};
    spellings.insert(spellings.end(), fam.aliases.begin(), fam.aliases.end());
    consider(fam.name, spellings);
  }
  std::vector<std::pair<std::string, double>> ranked(best.begin(), best.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (const auto& [name, score] : ranked) {
    if (out.size() >= max) break;
    out.push_back(name);
  }
  return out;
}

}  // namespace catalog
