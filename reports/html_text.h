// Escaping article and finding text for HTML, and deciding which links are safe; tested in tests/reports/html_text_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace reports {

// Text content or attribute value: & < > " ' escaped, invalid UTF-8 and control
// characters (but tab and newline) replaced by U+FFFD, a CR before LF dropped.
std::string html_escape(std::string_view text);

// True for http(s) URLs only: a catalog or article must not smuggle a javascript: or
// data: link into a page a person clicks through.
bool is_safe_link(std::string_view url);

}  // namespace reports
