// Choosing a reader for a file: extension, format hint, and content sniffing; tested in tests/scrapers/format_detect_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace scrapers {

// Returns "markdown", "html", "text" or "pdf".
//  - a hint naming one of those wins ("html", or a MIME type such as "text/html",
//    "text/markdown", "application/pdf"); "text/plain" is sniffed like a .txt file;
//  - bytes starting with "%PDF-" are PDF whatever the name says;
//  - .md .markdown → markdown, .html .htm .xhtml → html, .pdf → pdf;
//  - .txt and unknown names are sniffed: an HTML document start (<!doctype html>, <html>)
//    is HTML; YAML front matter, two ATX headings, or one heading plus bold list leads or
//    Markdown links is Markdown (articles exported from blogs are often saved as .txt);
//    anything else is text.
std::string detect_format(std::string_view name, std::string_view bytes, std::string_view hint = "");

// The Markdown part of the sniffing, exposed for tests.
bool looks_like_markdown(std::string_view bytes);

}  // namespace scrapers
