// HTML escaping and link checks; tested in tests/reports/html_text_test.cpp.
#include "reports/html_text.h"

#include "reports/utf8_text.h"

namespace reports {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_code_point(text, i);
    const std::string_view bytes = text.substr(i, cp.length);
    i += cp.length;
    if (!cp.valid) {
      append_utf8(out, 0xFFFD);
      continue;
    }
    switch (cp.value) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r':
        if (i < text.size() && text[i] == '\n') break;  // CRLF reads as one line break
        append_utf8(out, 0xFFFD);
        break;
      default:
        if (is_control(cp.value)) append_utf8(out, 0xFFFD);
        else out += bytes;
    }
  }
  return out;
}

bool is_safe_link(std::string_view url) {
  const auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      const char c = url[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i]) return false;
    }
    return true;
  };
  if (!starts("https://") && !starts("http://")) return false;
  for (const char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;
  }
  return true;
}

}  // namespace reports
