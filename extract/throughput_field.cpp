// The precision a throughput figure is of: FP64/FP32/FP16 shader or tensor, TF32, FP8, FP4,
// from the label right after it, a label before it, a bracket, the clause and the sentence.
#include "extract/throughput_field.h"

#include <re2/re2.h>

#include <cctype>
#include <string>

namespace extract {
namespace {

bool contains(std::string_view text, const RE2& re) { return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re); }

}  // namespace

std::string throughput_field(const core::Quantity& q, std::string_view before, std::string_view after, std::string_view sentence) {
  // "47.9 teraflop / s with 64 bit": the width of the number format names the precision.
  // "double precision", never "more than double the RTX 3090".
  static const RE2 fp64("(?i)fp64|double[- ]?precision|\\b64[- ]?bits?\\b");
  static const RE2 fp32("(?i)fp32|single.precision|\\b32[- ]?bits?\\b");
  static const RE2 fp16("(?i)fp16|bf16|bfloat16|half|\\b16[- ]?bits?\\b|mixed.precision");
  static const RE2 tensor("(?i)tensor|matrix|ai compute");
  const std::string context = std::string(before) + " " + std::string(after);
  std::string near = std::string(before.substr(before.size() > 40 ? before.size() - 40 : 0)) + " " +
                     std::string(after.substr(0, 30));
  static const RE2 fp8("(?i)\\bfp8\\b");
  static const RE2 fp4("(?i)\\b(?:nv)?fp4\\b");
  static const RE2 tf32("(?i)\\btf32\\b");
  // "1.31 petaflops at FP16" in an AI article is the tensor rate: no GPU's shaders reach
  // 200 TFLOPS of FP16, and a sparsity word belongs to the tensor cores alone. A "vector"
  // or "shader" word keeps the shader rate.
  static const RE2 shader_words("(?i)vector|shader|non-tensor|cuda cores?|stream processors?");
  static const RE2 sparsity_words("(?i)sparsity|sparse");
  auto fp16_field = [&](std::string_view words) {
    if (contains(words, tensor)) return "fp16_tensor_tflops";
    // BF16 is a tensor (matrix) format: no datasheet quotes a shader BF16 rate.
    static const RE2 bf16_word("(?i)\\bbf16\\b|bfloat16"), plain_fp16("(?i)\\bfp16\\b|\\bhalf\\b");
    if (contains(words, bf16_word) && !contains(words, plain_fp16)) return "fp16_tensor_tflops";
    if (contains(words, shader_words)) return "fp16_tflops";
    if (q.base_value() >= 200e12 || contains(words, sparsity_words)) return "fp16_tensor_tflops";
    return "fp16_tflops";
  };
  // The precision named right after the figure is its own ("1,979 TFLOPS FP8, 989 FP16").
  // The label runs to the next number or bracket: "15.7 TFLOPS single precision and 125
  // TFLOPS ...", "19.5 TFLOPS FP64 Tensor".
  std::string_view right_after = after.substr(0, std::min({size_t{30}, after.size(), after.find_first_of(",;|()")}));
  // "61.3 TFLOPS and its matrix FP64 is 122.6": the label after "and" is the next figure's.
  for (std::string_view joint : {" and ", " while ", " whereas ", " but "}) {
    if (size_t at = right_after.find(joint); at != std::string_view::npos) right_after = right_after.substr(0, at);
  }
  for (size_t i = 0; i < right_after.size(); ++i) {
    const bool starts_number = std::isdigit(static_cast<unsigned char>(right_after[i])) &&
                               (i == 0 || !std::isalnum(static_cast<unsigned char>(right_after[i - 1])));
    // "with 16 bit" names this figure's precision; any other number starts the next figure.
    static const RE2 format_width("^\\d{1,2}[- ]?bits?\\b");
    if (starts_number && !contains(right_after.substr(i), format_width)) {
      right_after = right_after.substr(0, i);
      break;
    }
  }
  // "34 TFLOPS (vector) and 67 TFLOPS (Tensor)": a bracket right after the figure labels it.
  {
    static const RE2 bracket_label("^\\s*\\(([^()]{1,24})\\)");
    std::string label;
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), bracket_label, &label)) {
      if (contains(label, fp8)) return "fp8_tensor_tflops";
      if (contains(label, fp4)) return "fp4_tensor_tflops";
      if (contains(label, tf32)) return "tf32_tensor_tflops";
      const std::string words = std::string(near) + " " + label;
      if (contains(label, fp64) || contains(near, fp64) || (!contains(near, fp16) && !contains(near, fp32) && contains(sentence, fp64))) {
        if (contains(label, tensor)) return "fp64_tensor_tflops";
        if (contains(label, fp64) || contains(label, shader_words)) return "fp64_tflops";
      }
      if (contains(label, fp16)) return fp16_field(words);
      if (contains(label, fp32)) return "fp32_tflops";
    }
  }
  if (contains(right_after, fp8)) return "fp8_tensor_tflops";
  if (contains(right_after, fp4)) return "fp4_tensor_tflops";
  if (contains(right_after, tf32)) return "tf32_tensor_tflops";
  if (contains(right_after, fp64)) return contains(right_after, tensor) ? "fp64_tensor_tflops" : "fp64_tflops";
  if (contains(right_after, fp16)) {
    // "184.6 TFLOPS FP16 and 92.3 TFLOPS bfloat16": the label right after decides a BF16 figure.
    const std::string_view own = fp16_field(right_after);
    return own == "fp16_tensor_tflops" ? own.data() : fp16_field(context);
  }
  if (contains(right_after, fp32)) return "fp32_tflops";
  // "without TF32 runs at the FP32 rate of 19.5 TFLOPS": the precision named closest before
  // the figure, within its own phrase, is its label.
  {
    static const RE2 label_before(
        "(?i)\\b(fp64|fp32|fp16|bf16|tf32|fp8|fp4)\\b((?:\\s*(?:tensor(?:\\s+cores?)?|matrix|vector|dense|sparse|rate|throughput|"
        "performance|peak|compute|precision|of|at|is|was|:|=|-|–))*)\\s*$");
    std::string_view tail = before.substr(before.size() > 28 ? before.size() - 28 : 0);
    std::string word, gap;
    if (RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), label_before, &word, &gap)) {
      for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (word == "fp8") return "fp8_tensor_tflops";
      if (word == "fp4") return "fp4_tensor_tflops";
      if (word == "tf32") return "tf32_tensor_tflops";
      if (word == "fp32") return "fp32_tflops";
      // "The MI250X's matrix FP64 is 95.7 TFLOPS": the tensor word may come first.
      if (word == "fp64") return contains(gap, tensor) || contains(tail, tensor) ? "fp64_tensor_tflops" : "fp64_tflops";
      return fp16_field(context);
    }
  }
  if (contains(near, fp8)) return "fp8_tensor_tflops";
  if (contains(near, fp4)) return "fp4_tensor_tflops";
  if (contains(near, tf32)) return "tf32_tensor_tflops";
  // "FP64 Tensor 67 TFLOPS": the label before the figure, tensor word included.
  // "while matrix FP64 doubles that to 95.7 TFLOPS": the tensor word before the precision,
  // in the figure's own clause.
  {
    std::string_view clause = before;
    for (std::string_view cut : {", ", " while ", " whereas ", "; "}) {
      if (size_t at = clause.rfind(cut); at != std::string_view::npos) clause.remove_prefix(at + cut.size());
    }
    static const RE2 tensor_fp64("(?i)\\b(?:tensor|matrix)(?:[- ]core)?\\s+fp64\\b");
    if (contains(clause, tensor_fp64)) return "fp64_tensor_tflops";
  }
  // AMD says "FP64 Matrix" for the same rate.
  static const RE2 fp64_tensor_label("(?i)fp64[- ]?(?:tensor|matrix)(?: cores?)?\\s*[:=]?\\s*$");
  if (contains(before, fp64_tensor_label)) return "fp64_tensor_tflops";
  // "34 TFLOPS of vector FP64 and 67 TFLOPS through its tensor cores": in a sentence about
  // FP64 alone, a tensor word right after the figure makes it the FP64 tensor rate.
  static const RE2 other_precision("(?i)fp16|bf16|bfloat16|\\bhalf\\b|\\bfp8\\b|\\bfp4\\b|\\btf32\\b|\\bint8\\b|fp32|single.precision");
  // Only with a vector word to set it against: "7.8 TFLOPS FP64 and 125 TFLOPS of tensor
  // throughput" quotes the headline (FP16) tensor rate.
  const std::string_view whole = sentence.empty() ? std::string_view(context) : sentence;
  // "67 TFLOPS only on the tensor cores" says how the FP64 figure is reached.
  static const RE2 on_tensor_cores("(?i)\\b(?:on|through|using|via|from|in)\\s+(?:the\\s+|its\\s+)?(?:tensor|matrix)");
  if (contains(right_after, tensor) && contains(near, fp64) && !contains(whole, other_precision) &&
      (contains(whole, shader_words) || contains(right_after, on_tensor_cores))) {
    return "fp64_tensor_tflops";
  }
  // A tensor figure whose precision is named only for another figure is of no named precision.
  if (contains(right_after, tensor) && contains(near, fp64)) return "";
  if (contains(near, fp64)) return "fp64_tflops";
  if (contains(near, fp16)) return fp16_field(context);
  if (contains(near, fp32)) return "fp32_tflops";
  // "roughly 1/3 of L40S's ~360 TFLOPS": the sentence named the precision earlier.
  if (!sentence.empty()) {
    if (contains(sentence, fp16) && std::string_view(fp16_field(sentence)) == "fp16_tensor_tflops") {
      return "fp16_tensor_tflops";
    }
    // "For FP64, the H100 SXM is 34 TFLOPS vector and 67 TFLOPS tensor."
    if (contains(sentence, fp64) && contains(right_after, tensor) && contains(sentence, shader_words)) return "fp64_tensor_tflops";
    if (contains(sentence, fp64)) return "fp64_tflops";
    if (contains(sentence, fp32)) return "fp32_tflops";
  }
  return "";
}

}  // namespace extract
