// Blanking Hashnode-style image attributes (![](url align="center")) so md4c sees an image; tested in tests/scrapers/markdown_reader_test.cpp.
#pragma once
#include <string>

namespace scrapers::read {

// Hashnode exports images as ![alt](url align="center"), which CommonMark does not accept
// as an image, so md4c would hand the URL and attribute to us as paragraph text. Replacing
// each `name="value"` after the URL with spaces (same length, so offsets are unchanged)
// makes it a plain image, which the reader drops.
void blank_image_attributes(std::string& text);

}  // namespace scrapers::read
