// ASCII case folding shared by every stage (units, names, enumerated values); tested in tests/core/text_case_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace core {

// Lowercases ASCII letters only: spec text compares on ASCII words ("GDDR6X", "Watt"),
// and bytes of UTF-8 sequences must pass through untouched.
std::string ascii_lower(std::string_view text);

}  // namespace core
