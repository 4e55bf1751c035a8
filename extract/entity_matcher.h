// Finds GPU names from the catalog's alias table in text, longest first; tested in tests/extract/entity_matcher_test.cpp.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/alias.h"

namespace re2 {
class RE2;
}

namespace extract {

struct Mention {
  size_t begin = 0;  // text offsets
  size_t end = 0;
  int entry = -1;          // index into the matcher's entries; -1 for an unresolved GPU-like name
  bool possessive = false; // followed by "'s" / "’s"
  bool predecessor = false; // named as what another GPU replaced ("It succeeded the A100"); set by DocumentContext
  // A bare model number read as a GPU ("the 4090"; bare_model_numbers.h): a name for the
  // sentence it is in, never what a heading or the page is about.
  bool bare_number = false;
};

class EntityMatcher {
 public:
  // Builds one pattern from every alias (plus the same names without brand words where
  // what remains still names one product, like "A5000" from "RTX A5000").
  explicit EntityMatcher(const core::AliasTable& aliases);
  ~EntityMatcher();
  EntityMatcher(const EntityMatcher&) = delete;
  EntityMatcher& operator=(const EntityMatcher&) = delete;

  // Mentions in document order. "RTX 4070" does not match inside "RTX 4070 Ti"; "L4"
  // does not match "L4 cache"; an unknown GPU-like name ("RTX 9999") is an unresolved mention.
  std::vector<Mention> find(std::string_view text) const;
  const core::AliasEntry& entry(int index) const { return entries_[static_cast<size_t>(index)]; }
  size_t size() const { return entries_.size(); }
  // The entry a spelling names exactly, or -1.
  int lookup(std::string_view matched) const;

 private:
  void extend_bracketed_suffix(std::string_view text, Mention& m) const;

  std::vector<core::AliasEntry> entries_;
  std::vector<std::pair<std::string, int>> by_key_;  // normalized spelling -> entry, sorted
  std::unique_ptr<re2::RE2> known_;
  std::unique_ptr<re2::RE2> gpu_like_;
};

// Lowercase with spaces, dashes and dots removed: the key two spellings share.
std::string normalize_name(std::string_view text);

}  // namespace extract
