// The more specific catalog field the words around a figure name; tested in tests/extract/narrower_field_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace extract {

// "BF16 Tensor: 92.3 TFLOPS" is filed under fp16_tensor_tflops, the word the labels and
// most datasheets use for both 16-bit tensor formats, but a GPU whose BF16 rate differs
// (CDNA 1 runs it at half the FP16 rate; Volta and Turing have none) must be judged by its
// BF16 figure. Returns that narrower field when `words` name it and not the broad format
// too ("FP16/BF16 383 TF" is both, and stays broad); "" otherwise. One table, per field.
std::string narrower_field(std::string_view field, std::string_view words);

}  // namespace extract
