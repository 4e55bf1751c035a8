// Decoding one HTML character reference (&amp; &nbsp; &#8217; &#x2019;) from raw bytes; tested in tests/scrapers/small_parts_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scrapers::read {

struct DecodedEntity {
  std::string text;   // UTF-8
  size_t length = 0;  // source bytes consumed, '&' through ';' (or the name if ';' is missing)
  // A numeric reference to something that is not an XML character (&#0;, &#1;, a
  // surrogate): libxml2 drops it from the text, so the reader must skip it too.
  bool dropped_by_libxml2 = false;
};

// `raw` starts at '&'. Named references come from libxml2's HTML 4 table, so the reader
// and libxml2 agree on what a reference means. Returns nothing when `raw` is a literal '&'.
std::optional<DecodedEntity> decode_entity(std::string_view raw);

// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD).
void append_utf8(std::string& out, unsigned long cp);

}  // namespace scrapers::read
