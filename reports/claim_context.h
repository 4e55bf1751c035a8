// The words around a claim as the reader shows them (markup gone), for cards and review comments; tested in tests/reports/claim_context_test.cpp.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "core/finding.h"

namespace reports {

struct ClaimContext {
  std::string before;  // up to `window` bytes of the block's text before the claim
  std::string claim;   // the claim's text as shown
  std::string after;
  bool cut_before = false;  // the block goes on before `before` ("…")
  bool cut_after = false;
  bool table_cell = false;  // the claim sits in a table cell: `before + claim + after` is the cell
};

// From the document block that shows the span's first byte (line breaks as spaces), at
// code-point boundaries; nothing when no document is given or no block shows the span.
std::optional<ClaimContext> claim_context(const core::FileReport& file, core::Span span, size_t window);

}  // namespace reports
