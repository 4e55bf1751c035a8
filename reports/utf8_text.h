// UTF-8 walking and repair for text that came from articles; tested in tests/reports/utf8_text_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace reports {

// One decoded code point; `length` is its byte count. Invalid bytes decode as one byte
// with `valid == false` so a walk always advances and never reads past the end.
struct CodePoint {
  char32_t value = 0;
  size_t length = 1;
  bool valid = true;
};
CodePoint decode_code_point(std::string_view text, size_t offset);

// Appends `cp` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// The text with invalid sequences replaced by U+FFFD, so JSON, HTML and Markdown writers
// always emit well-formed UTF-8 even for a page read with the wrong encoding.
std::string valid_utf8(std::string_view text);

// As valid_utf8, and also replaces control characters (C0 but tab, DEL, C1) by U+FFFD:
// an article must not be able to move the cursor or change colours on the reader's terminal.
std::string printable(std::string_view text);

// True for C0 (but tab and newline), DEL and C1 controls.
bool is_control(char32_t cp);

}  // namespace reports
