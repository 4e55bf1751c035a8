// Subjects a block takes from the block before it (a colon that introduces it, the line or list
// item right above); tested through tests/cases/attribution.
#pragma once

#include <optional>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// The one GPU `block` names (GPUs named as replaced aside), attributed as the sentence before;
// with `or_unknown`, else the first card the catalog cannot name; none when it names several.
std::optional<GpuRef> one_gpu_named(const DocumentContext& ctx, size_t block, bool or_unknown);

// "The Tesla P40 is the sweet spot:" then "24 GB at 347 GB/s.": the one GPU a paragraph ending
// in a colon names.
std::optional<GpuRef> introduced_subject(const DocumentContext& ctx, size_t block);

// The one GPU (or unknown card) named by the line right above on a text page, or by the list
// item before an item that has no lead of its own.
std::optional<GpuRef> adjacent_line_subject(const DocumentContext& ctx, size_t block);

}  // namespace extract
