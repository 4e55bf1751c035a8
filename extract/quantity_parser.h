// Finds quantities ("24GB", "~120 TFLOPS", "16-20 GB", "35,800 million") in text; tested in tests/extract/quantity_parser_test.cpp.
#pragma once
#include <string_view>
#include <vector>

#include "core/quantity.h"

namespace extract {

struct FoundQuantity {
  core::Quantity quantity;
  size_t begin = 0;  // text offsets of the whole match, qualifier and unit included
  size_t end = 0;
  size_t number_begin = 0;
  size_t number_end = 0;  // end of the (last) number, before the unit
  bool has_unit = false;
};

// How a page writes its numbers. A page that writes decimals with a comma ("3,9 TB/s") and
// never with a point writes its thousands with a point: "16.384 Shader", "1.008 GB/s".
struct NumberStyle {
  bool thousands_point = false;
};
// The style of a whole document's text (given as its pieces), read from its decimals.
NumberStyle detect_number_style(const std::vector<std::string_view>& texts);
inline NumberStyle detect_number_style(std::string_view text) { return detect_number_style(std::vector<std::string_view>{text}); }

// Every number in `text`, with its unit where one follows. Numbers glued to letters on
// the left ("A5000", "RTX 4090" is not excluded here: callers drop numbers inside GPU
// mentions), money ("$2,500") and numbers followed by an unknown glued word ("70B",
// "16K", "x16") are left out.
std::vector<FoundQuantity> find_quantities(std::string_view text, NumberStyle style = {});

// Parses "35,800", "300.1", "3,9" and, in a thousands-point style, "16.384"; sets decimals.
bool parse_number(std::string_view text, double& value, int& decimals, NumberStyle style = {});

}  // namespace extract
