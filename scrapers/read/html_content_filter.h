// Decides which parts of an HTML page are the article (main content) and which are chrome; tested in tests/scrapers/html_reader_test.cpp.
#pragma once
#include <libxml/tree.h>

#include <cstddef>

namespace scrapers::read {

// The element whose text is the article: <main> or role="main", else the <article> that
// holds most of the body's text (at least a quarter of it), else <body>.
xmlNode* main_content_root(xmlDoc* doc);

// Elements that are never article text: scripts and styles, navigation, page headers and
// footers (a <header> inside <article>/<main> is kept: it holds the article's title),
// asides, hidden elements, and cookie/consent/newsletter/share/ad banners recognised by
// whole words in their class or id ("cookie-banner", "site-nav"; not "download").
// Class/id words only drop an element holding less than half of `root_text_length`.
bool is_chrome(xmlNode* element, size_t root_text_length);

// Length of the text under an element, without script and style.
size_t visible_text_length(xmlNode* element);

// Lower-case element name ("" for non-elements).
const char* element_name(xmlNode* node);

}  // namespace scrapers::read
