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

// Every number in `text`, with its unit where one follows. Numbers glued to letters on
// the left ("A5000", "RTX 4090" is not excluded here: callers drop numbers inside GPU
// mentions), money ("$2,500") and numbers followed by an unknown glued word ("70B",
// "16K", "x16") are left out.
std::vector<FoundQuantity> find_quantities(std::string_view text);

// Parses "35,800" or "300.1"; sets decimals.
bool parse_number(std::string_view text, double& value, int& decimals);

}  // namespace extract
