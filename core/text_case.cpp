// ASCII case folding; tested in tests/core/text_case_test.cpp.
#include "core/text_case.h"

namespace core {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace core
