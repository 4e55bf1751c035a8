// UTF-8 validation of a Source before reading; tested in tests/scrapers/small_parts_test.cpp.
#include "scrapers/read/utf8_scan.h"

#include <algorithm>
#include <cstdio>

namespace scrapers::read {
namespace {

// Length of the valid UTF-8 sequence starting at i, or 0 when the byte there is invalid
// (overlong forms, surrogates and values past U+10FFFF count as invalid, as RFC 3629 says).
size_t valid_sequence_length(const std::string& s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) { n = 3; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) n = 3;
  else if (c == 0xED) { n = 3; hi = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) n = 3;
  else if (c == 0xF0) { n = 4; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else if (c == 0xF4) { n = 4; hi = 0x8F; }
  else return 0;
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

}  // namespace

Utf8Scan scan_utf8(const std::string& bytes) {
  Utf8Scan scan;
  scan.clean = bytes;
  scan.invalid.assign(bytes.size(), false);
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) scan.bom = 3;
  size_t i = 0;
  while (i < bytes.size()) {
    size_t n = valid_sequence_length(bytes, i);
    if (n == 0) {
      scan.invalid[i] = true;
      scan.invalid_offsets.push_back(i);
      scan.clean[i] = '?';
      n = 1;
    }
    i += n;
  }
  return scan;
}

std::vector<core::Error> utf8_warnings(const core::Source& source, const Utf8Scan& scan) {
  std::vector<core::Error> out;
  const auto& offs = scan.invalid_offsets;
  for (size_t k = 0; k < offs.size();) {
    // A run of adjacent bad bytes (a Latin-1 word, a truncated sequence) is one warning.
    size_t end = k + 1;
    while (end < offs.size() && offs[end] == offs[end - 1] + 1) ++end;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(source.bytes()[offs[k]]));
    std::string msg = std::string("invalid UTF-8 byte ") + hex;
    if (end - k > 1) msg += " (and " + std::to_string(end - k - 1) + " more)";
    msg += "; shown as U+FFFD";
    out.push_back(core::Error{core::ErrorCode::encoding, msg, source.position(offs[k])});
    k = end;
  }
  return out;
}

bool looks_binary(const std::string& bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192);
  if (n == 0) return false;
  size_t suspicious = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;  // no text format we read contains NUL
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++suspicious;
  }
  std::string head = bytes.substr(0, n);
  Utf8Scan scan = scan_utf8(head);
  // A cut at n may split a sequence; a few bad bytes are a mis-saved page, not a binary.
  suspicious += scan.invalid_offsets.size();
  return suspicious * 10 > n;
}

}  // namespace scrapers::read
