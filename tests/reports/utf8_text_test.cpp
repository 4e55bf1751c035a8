// Tests reports/utf8_text: decoding, repair of invalid UTF-8, control characters.
#include <catch2/catch.hpp>

#include "reports/utf8_text.h"

using reports::decode_code_point;

TEST_CASE("decodes one to four byte sequences") {
  CHECK(decode_code_point("A", 0).value == U'A');
  CHECK(decode_code_point("\xC3\x97", 0).value == U'\u00D7');
  CHECK(decode_code_point("\xE2\x80\x94", 0).length == 3);
  const auto emoji = decode_code_point("\xF0\x9F\x98\x80", 0);
  CHECK(emoji.value == U'\U0001F600');
  CHECK(emoji.length == 4);
}

TEST_CASE("invalid sequences advance one byte and are marked") {
  CHECK_FALSE(decode_code_point("\xC3", 0).valid);         // truncated
  CHECK_FALSE(decode_code_point("\xC0\xAF", 0).valid);     // overlong '/'
  CHECK_FALSE(decode_code_point("\xED\xA0\x80", 0).valid); // surrogate
  CHECK_FALSE(decode_code_point("\x80", 0).valid);
  CHECK(decode_code_point("\xFF", 0).length == 1);
}

TEST_CASE("valid_utf8 replaces only invalid bytes") {
  CHECK(reports::valid_utf8("ok \xC3\x97 \xFF!") == "ok \xC3\x97 \xEF\xBF\xBD!");
  CHECK(reports::valid_utf8("a\x1b[31m") == "a\x1b[31m");
}

TEST_CASE("printable removes terminal control sequences but keeps tabs and newlines") {
  CHECK(reports::printable("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
  CHECK(reports::printable("a\tb\nc") == "a\tb\nc");
  CHECK(reports::printable("\xC2\x9B") == "\xEF\xBF\xBD");  // C1 CSI
}
