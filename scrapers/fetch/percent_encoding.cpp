// Percent-encoding normal form for robots.txt path matching; tested in tests/scrapers/robots_test.cpp.
#include "scrapers/fetch/percent_encoding.h"

namespace scrapers::net {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

// What RFC 3986 lets a path and query hold unencoded besides unreserved characters:
// sub-delims, ':' '@' (pchar), '/' and '?'.
bool may_stay_raw(unsigned char c) {
  if (is_unreserved(c)) return true;
  switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=':
    case ':': case '@': case '/': case '?':
      return true;
    default:
      return false;
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_encoded(std::string& out, unsigned char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(digits[c >> 4]);
  out.push_back(digits[c & 0x0F]);
}

}  // namespace

std::string percent_encoding_normal_form(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    auto c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && hex_value(path[i + 1]) >= 0 && hex_value(path[i + 2]) >= 0) {
      auto octet = static_cast<unsigned char>(hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]));
      if (is_unreserved(octet)) out.push_back(static_cast<char>(octet));
      else append_encoded(out, octet);
      i += 2;
    } else if (may_stay_raw(c)) {
      out.push_back(static_cast<char>(c));
    } else {
      append_encoded(out, c);  // a stray '%' becomes %25 here too
    }
  }
  return out;
}

}  // namespace scrapers::net
