// Artefacts of pages saved as text: vendor labels glued onto the word before; tested in tests/extract/page_glue_test.cpp.
#pragma once
#include <string_view>

namespace extract {

// Whether `rest` starts with a vendor label a saved page glued on ("RTX A5000nvidia",
// "24GBintel"), case-insensitively and ending at a word boundary. Both the quantity parser
// and the GPU-name matcher accept a token followed by one, so they must agree on what it is.
bool starts_with_glued_vendor(std::string_view rest);

}  // namespace extract
