// UTF-8 validation of a Source before reading (BOM, invalid bytes, binary junk); tested in tests/scrapers/small_parts_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/source.h"

namespace scrapers::read {

// What the readers parse: the source bytes with every invalid UTF-8 byte replaced by '?'
// (same length, so offsets stay the source's offsets) and a map of which bytes were bad,
// so the text built from them can say U+FFFD while the span still points at the bad byte.
struct Utf8Scan {
  std::string clean;           // same size as the source
  std::vector<bool> invalid;   // invalid[i]: source byte i was not valid UTF-8
  std::vector<size_t> invalid_offsets;
  size_t bom = 0;              // 3 when the source starts with a UTF-8 BOM
};

Utf8Scan scan_utf8(const std::string& bytes);

// One warning per invalid byte run ("invalid UTF-8 byte 0xFF"), positioned in the source.
std::vector<core::Error> utf8_warnings(const core::Source& source, const Utf8Scan& scan);

// True when the bytes are not text at all (NUL bytes, mostly control or invalid bytes):
// reading them would produce garbage, so the caller reports an error naming the file.
bool looks_binary(const std::string& bytes);

}  // namespace scrapers::read
