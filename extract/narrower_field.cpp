// Narrower catalog fields named by the words around a figure; tested in tests/extract/narrower_field_test.cpp.
#include "extract/narrower_field.h"

#include <re2/re2.h>

#include <array>
#include <memory>
#include <vector>

namespace extract {
namespace {

struct Narrowing {
  std::string_view field;     // what the figure is filed under
  std::string_view narrower;  // the catalog field it is judged by where the GPU has it
  const char* names;          // the words that name the narrower format
  const char* broad;          // words that name the broad one too (then it stays broad)
};

constexpr std::array<Narrowing, 1> kNarrowings = {{
    {"fp16_tensor_tflops", "bf16_tensor_tflops", "(?i)\\bbf16\\b|bfloat16|\\bbf-16\\b",
     "(?i)\\bfp16\\b|\\bfp-16\\b|\\bhalf\\b|\\b16[- ]?bit\\b"},
}};

}  // namespace

std::string narrower_field(std::string_view field, std::string_view words) {
  struct Compiled {
    RE2 names, broad;
  };
  static const auto compiled = [] {
    std::vector<std::unique_ptr<Compiled>> out;
    for (const auto& n : kNarrowings) out.emplace_back(new Compiled{RE2(n.names), RE2(n.broad)});
    return out;
  }();
  const re2::StringPiece w(words.data(), words.size());
  for (size_t i = 0; i < kNarrowings.size(); ++i) {
    if (kNarrowings[i].field != field) continue;
    if (RE2::PartialMatch(w, compiled[i]->names) && !RE2::PartialMatch(w, compiled[i]->broad)) {
      return std::string(kNarrowings[i].narrower);
    }
  }
  return "";
}

}  // namespace extract
