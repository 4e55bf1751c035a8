// Tests extract/narrower_field: which words make a 16-bit tensor figure a BF16 one.
#include "extract/narrower_field.h"

#include <catch2/catch.hpp>

TEST_CASE("narrower field: BF16 alone narrows an FP16 Tensor figure; both formats, or another field, do not") {
  using extract::narrower_field;
  CHECK(narrower_field("fp16_tensor_tflops", "BF16 Matrix") == "bf16_tensor_tflops");
  CHECK(narrower_field("fp16_tensor_tflops", " of bfloat16") == "bf16_tensor_tflops");
  CHECK(narrower_field("fp16_tensor_tflops", "FP16/BF16") == "");
  CHECK(narrower_field("fp16_tensor_tflops", "half or BF16") == "");
  CHECK(narrower_field("fp16_tensor_tflops", "FP16 Tensor") == "");
  CHECK(narrower_field("fp16_tensor_tflops", "BF16 and 16-bit") == "");
  CHECK(narrower_field("fp32_tflops", "BF16") == "");
  CHECK(narrower_field("fp16_tensor_tflops", "") == "");
}
