// Glued vendor labels; tested in tests/extract/page_glue_test.cpp.
#include "extract/page_glue.h"

#include <cctype>

#include "core/text_case.h"

namespace extract {

bool starts_with_glued_vendor(std::string_view rest) {
  for (std::string_view w : {"nvidia", "amd", "intel"}) {
    if (rest.size() >= w.size() && core::ascii_lower(rest.substr(0, w.size())) == w &&
        (rest.size() == w.size() || !std::isalnum(static_cast<unsigned char>(rest[w.size()])))) {
      return true;
    }
  }
  return false;
}

}  // namespace extract
