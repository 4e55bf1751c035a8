// "(72 W vs 285 W)" and "(1563 MHz, 12.5 Gbps vs 1313 MHz, 21 Gbps)": values for two sides; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

#include "extract/quantity_parser.h"
#include "extract/sentences.h"

namespace extract {

struct ValuePair {
  Range whole;  // the parenthesis
  // Left and right values matched by unit dimension, in order.
  std::vector<std::pair<FoundQuantity, FoundQuantity>> values;
};

std::vector<ValuePair> find_pairs(std::string_view text, Range sentence, NumberStyle style = {});

}  // namespace extract
