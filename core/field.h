// Field vocabulary shared by catalog, extractor, rules and labels (DESIGN.md §3); tested in tests/core/field_test.cpp.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/quantity.h"

namespace core {

enum class FieldType { number, text };

struct FieldInfo {
  std::string_view name;       // "memory_size"
  FieldType type;
  Dimension dimension;         // for numbers
  std::string_view unit;       // canonical catalog unit ("GB"); "" for counts and text
  std::string_view label;      // "memory size", for messages
  // Another field of the same dimension writers give in its place (NVLink for memory
  // bandwidth, Infinity Cache for L2): a value that fits it is an innocent reading.
  std::string_view confusable = {};
  // A unit some GPUs do not have at all (Tensor or RT cores on Pascal): "N/A" in its table
  // row says the count is zero, where for a core count it would only mean "not known".
  bool absent_means_zero = false;
  // The card's maker sets it: a laptop maker anywhere up to the vendor's maximum (TGP and
  // the clocks that follow it), a board partner at its own factory clocks and power. Such a
  // figure for a laptop at or below the catalog's, or for a named partner card, is a
  // configuration, not an error.
  bool maker_configurable = false;
  // The catalog holds the most the GPU allows (MIG instances): a smaller figure is how a
  // site set it up ("we carve each A100 into 3 MIG instances") unless the words call it the
  // limit ("up to", "at most", "maximum").
  bool upper_limit = false;
};

// Every value field of the vocabulary, in display order.
const std::vector<FieldInfo>& value_fields();
const FieldInfo* find_field(std::string_view name);
// Non-value claim kinds that also appear as `field` in findings.
bool is_claim_kind_field(std::string_view name);  // comparison, ratio, arithmetic, feasibility

}  // namespace core
