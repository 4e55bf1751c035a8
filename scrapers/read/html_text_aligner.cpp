// Finds the exact source bytes of libxml2 text nodes; tested in tests/scrapers/small_parts_test.cpp.
#include "scrapers/read/html_text_aligner.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "scrapers/read/entity_decode.h"

namespace scrapers::read {
namespace {

constexpr size_t kMaxTries = 64 * 1024;

bool starts_with_ci(std::string_view s, size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
  }
  return true;
}

// End of the tag that starts at `at` ('<'), past its '>', respecting quoted attribute values.
size_t tag_end(std::string_view s, size_t at, size_t limit) {
  size_t i = at + 1;
  while (i < limit) {
    char c = s[i];
    if (c == '>') return i + 1;
    if (c == '=') {
      size_t j = i + 1;
      while (j < limit && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) ++j;
      if (j < limit && (s[j] == '"' || s[j] == '\'')) {
        const char* close = static_cast<const char*>(std::memchr(s.data() + j + 1, s[j], limit - j - 1));
        i = close ? static_cast<size_t>(close - s.data()) + 1 : limit;
        continue;
      }
    }
    ++i;
  }
  return limit;
}

size_t find_ci(std::string_view s, size_t from, size_t limit, std::string_view word) {
  for (size_t i = from; i + word.size() <= limit; ++i) {
    if (starts_with_ci(s, i, word)) return i;
  }
  return limit;
}

}  // namespace

HtmlTextAligner::HtmlTextAligner(std::string_view raw, size_t begin, size_t end)
    : raw_(raw), begin_(begin), end_(end), cursor_(begin), in_text_(end - begin, false) {
  // One pass marks character data the way libxml2 tokenizes: '<' followed by a letter,
  // '/', '!' or '?' opens markup; anything else is text.
  size_t i = begin;
  if (raw.compare(i, 3, "\xEF\xBB\xBF") == 0) i += 3;
  while (i < end) {
    if (raw[i] == '<' && i + 1 < end) {
      char n = raw[i + 1];
      if (starts_with_ci(raw, i, "<!--")) {
        size_t close = raw.find("-->", i + 4);
        i = close == std::string_view::npos || close >= end ? end : close + 3;
        continue;
      }
      // libxml2 reads "<!" as markup only for comments and doctypes; "<![if !IE]>" is text.
      bool declaration = n == '!' && starts_with_ci(raw, i, "<!doctype");
      if (std::isalpha(static_cast<unsigned char>(n)) || n == '/' || declaration || n == '?') {
        size_t e = tag_end(raw, i, end);
        if (std::isalpha(static_cast<unsigned char>(n))) tags_.push_back({i, e});
        bool transparent = n == '/';  // an end tag with nothing open to close is ignored
        for (std::string_view word : {"html", "head", "body", "!doctype"}) {
          size_t after = i + 1 + word.size();
          if (starts_with_ci(raw, i + 1, word) && after < end && !std::isalnum(static_cast<unsigned char>(raw[after]))) {
            transparent = true;
          }
        }
        if (transparent) transparent_.push_back({i, e});
        // Script and style bodies are raw text to libxml2; never match text inside them.
        for (std::string_view rawtext : {"script", "style"}) {
          if (starts_with_ci(raw, i + 1, rawtext)) {
            size_t after = i + 1 + rawtext.size();
            if (after < end && !std::isalnum(static_cast<unsigned char>(raw[after]))) {
              std::string close = std::string("</") + std::string(rawtext);
              e = find_ci(raw, e, end, close);
            }
          }
        }
        i = e;
        continue;
      }
    }
    in_text_[i - begin] = true;
    ++i;
  }
}

std::optional<std::vector<HtmlTextAligner::Piece>> HtmlTextAligner::match_at(std::string_view text, size_t at,
                                                                             size_t* end) const {
  std::vector<Piece> pieces;
  auto add = [&](size_t tb, size_t te, size_t rb, size_t re, bool same) {
    if (same && !pieces.empty() && pieces.back().one_to_one && pieces.back().text_end == tb &&
        pieces.back().raw_end == rb) {
      pieces.back().text_end = te;
      pieces.back().raw_end = re;
      return;
    }
    pieces.push_back({tb, te, rb, re, same});
  };
  size_t t = 0, q = at;
  while (t < text.size()) {
    if (q < end_ && !in_text_[q - begin_] && t > 0) {
      auto it = std::lower_bound(transparent_.begin(), transparent_.end(), std::make_pair(q, size_t{0}));
      if (it != transparent_.end() && it->first == q) {
        q = it->second;
        continue;
      }
    }
    if (q >= end_ || !in_text_[q - begin_]) return std::nullopt;
    char c = raw_[q];
    unsigned char u = static_cast<unsigned char>(c);
    // Bytes libxml2 leaves out of text nodes: control characters that are not XML
    // characters, and the non-characters U+FFFE and U+FFFF.
    if (((u < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         (u == 0xEF && raw_.compare(q, 2, "\xEF\xBF") == 0 && q + 2 < end_ &&
          (static_cast<unsigned char>(raw_[q + 2]) & 0xFE) == 0xBE)) &&
        c != text[t]) {
      q += u < 0x20 ? 1 : 3;
      continue;
    }
    if (c == '&') {
      if (auto ent = decode_entity(raw_.substr(q, std::min<size_t>(end_ - q, 48)))) {
        if (ent->dropped_by_libxml2) {
          q += ent->length;
          continue;
        }
        if (text.compare(t, ent->text.size(), ent->text) == 0) {
          add(t, t + ent->text.size(), q, q + ent->length, false);
          t += ent->text.size();
          q += ent->length;
          continue;
        }
      }
    }
    if (c == '\r' && text[t] != '\r' && q + 1 < end_ && raw_[q + 1] == '\n' && text[t] == '\n') {
      add(t, t + 1, q, q + 2, false);  // CRLF read as one '\n'
      ++t;
      q += 2;
      continue;
    }
    if (c != text[t]) return std::nullopt;
    add(t, t + 1, q, q + 1, true);
    ++t;
    ++q;
  }
  *end = q;
  return pieces;
}

std::optional<std::vector<HtmlTextAligner::Piece>> HtmlTextAligner::align(std::string_view text) {
  if (text.empty()) return std::vector<Piece>{};
  // Consecutive text nodes are separated only by markup and by whitespace libxml2 drops,
  // so a node lies close to the cursor; looking further for one that failed would make a
  // page full of failures quadratic.
  size_t tries = 0;
  for (size_t p = cursor_; p < end_; ++p) {
    if (!in_text_[p - begin_]) continue;
    if (++tries > kMaxTries) break;
    size_t e = 0;
    if (auto pieces = match_at(text, p, &e)) {
      cursor_ = e;
      return pieces;
    }
  }
  return std::nullopt;
}

std::optional<std::pair<size_t, size_t>> HtmlTextAligner::next_tag(std::string_view name) {
  auto first = std::lower_bound(tags_.begin(), tags_.end(), std::make_pair(cursor_, size_t{0}));
  for (auto it = first; it != tags_.end(); ++it) {
    auto [b, e] = *it;
    // Character data between the cursor and the tag means the tag is not the next thing.
    for (size_t i = cursor_; i < b; ++i) {
      if (in_text_[i - begin_] && !std::isspace(static_cast<unsigned char>(raw_[i]))) return std::nullopt;
    }
    if (starts_with_ci(raw_, b + 1, name) && b + 1 + name.size() < e &&
        !std::isalnum(static_cast<unsigned char>(raw_[b + 1 + name.size()]))) {
      cursor_ = e;
      return std::make_pair(b, e);
    }
  }
  return std::nullopt;
}

}  // namespace scrapers::read
