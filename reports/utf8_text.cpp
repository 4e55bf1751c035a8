// UTF-8 decoding and repair; tested in tests/reports/utf8_text_test.cpp.
#include "reports/utf8_text.h"

namespace reports {

CodePoint decode_code_point(std::string_view text, size_t offset) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  if (lead < 0x80) return {lead, 1, true};
  size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;  // rejects overlong forms
  if ((lead & 0xE0) == 0xC0) { length = 2; value = lead & 0x1F; minimum = 0x80; }
  else if ((lead & 0xF0) == 0xE0) { length = 3; value = lead & 0x0F; minimum = 0x800; }
  else if ((lead & 0xF8) == 0xF0) { length = 4; value = lead & 0x07; minimum = 0x10000; }
  else return {0xFFFD, 1, false};
  if (offset + length > text.size()) return {0xFFFD, 1, false};
  for (size_t i = 1; i < length; ++i) {
    const unsigned char c = byte(offset + i);
    if ((c & 0xC0) != 0x80) return {0xFFFD, 1, false};
    value = (value << 6) | (c & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0xFFFD, 1, false};
  return {value, length, true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_control(char32_t cp) {
  if (cp == '\t' || cp == '\n') return false;
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

namespace {
std::string repair(std::string_view text, bool drop_controls) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const CodePoint cp = decode_code_point(text, i);
    if (!cp.valid || (drop_controls && is_control(cp.value))) append_utf8(out, 0xFFFD);
    else out.append(text.substr(i, cp.length));
    i += cp.length;
  }
  return out;
}
}  // namespace

std::string valid_utf8(std::string_view text) { return repair(text, false); }
std::string printable(std::string_view text) { return repair(text, true); }

}  // namespace reports
