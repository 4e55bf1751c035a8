// Decoding one HTML character reference; tested in tests/scrapers/small_parts_test.cpp.
#include "scrapers/read/entity_decode.h"

#include <libxml/HTMLparser.h>

#include <cctype>

namespace scrapers::read {

void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::optional<DecodedEntity> decode_entity(std::string_view raw) {
  if (raw.size() < 3 || raw[0] != '&') return std::nullopt;
  DecodedEntity out;
  if (raw[1] == '#') {
    bool hex = raw.size() > 2 && (raw[2] == 'x' || raw[2] == 'X');
    size_t i = hex ? 3 : 2;
    size_t digits_begin = i;
    unsigned long cp = 0;
    while (i < raw.size() && (hex ? std::isxdigit(static_cast<unsigned char>(raw[i])) : std::isdigit(static_cast<unsigned char>(raw[i])))) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
      if (cp <= 0x10FFFF) cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(c <= '9' ? c - '0' : c - 'a' + 10);
      ++i;
    }
    if (i == digits_begin) return std::nullopt;
    if (i < raw.size() && raw[i] == ';') ++i;
    bool xml_char = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                    (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    out.dropped_by_libxml2 = !xml_char;
    append_utf8(out.text, cp);
    out.length = i;
    return out;
  }
  size_t i = 1;
  while (i < raw.size() && i < 40 && std::isalnum(static_cast<unsigned char>(raw[i]))) ++i;
  if (i == 1) return std::nullopt;
  std::string name(raw.substr(1, i - 1));
  const htmlEntityDesc* desc = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  // libxml2 leaves a named reference without ';' as literal text; agree with it.
  if (!desc || i >= raw.size() || raw[i] != ';') return std::nullopt;
  ++i;
  append_utf8(out.text, desc->value);
  out.length = i;
  return out;
}

}  // namespace scrapers::read
