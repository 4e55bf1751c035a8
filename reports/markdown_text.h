// Escaping for GitHub-flavoured Markdown: plain text, inline code, links; tested in tests/reports/markdown_report_test.cpp.
#pragma once
#include <cstddef>
#include <string>

namespace reports {

// Backslash-escapes the characters that would start emphasis, code, links, HTML or a
// table cell break; newlines become spaces so a cell stays one row.
std::string md_escape(const std::string& raw);
// `text` as an inline code span, with a fence longer than any backtick run inside. In a
// table, pipes are escaped even there: GitHub splits cells before it parses code spans.
std::string md_code(const std::string& raw, bool in_table = false);
// "[label](<url>)" for an http(s) URL, else the escaped label.
std::string md_link(const std::string& label, const std::string& url);
size_t longest_run(const std::string& text, char c);

}  // namespace reports
