// Markdown escaping; tested in tests/reports/markdown_report_test.cpp.
#include "reports/markdown_text.h"

#include <algorithm>
#include <string_view>

#include "reports/html_text.h"
#include "reports/utf8_text.h"

namespace reports {

std::string md_escape(const std::string& raw) {
  std::string out;
  for (const char c : valid_utf8(raw)) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|~&#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

size_t longest_run(const std::string& text, char c) {
  size_t best = 0, run = 0;
  for (const char x : text) {
    run = x == c ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

std::string md_code(const std::string& raw, bool in_table) {
  std::string text = valid_utf8(raw);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::string safe;
  for (const char c : text) {
    if (in_table && c == '|') safe += '\\';
    safe += c;
  }
  const std::string fence(longest_run(safe, '`') + 1, '`');
  const bool pad = !safe.empty() && (safe.front() == '`' || safe.back() == '`');
  return fence + (pad ? " " : "") + safe + (pad ? " " : "") + fence;
}

std::string md_link(const std::string& label, const std::string& url) {
  if (!is_safe_link(url) || url.find_first_of("<>") != std::string::npos) return md_escape(label);
  return "[" + md_escape(label) + "](<" + url + ">)";
}

}  // namespace reports
