// Deciding which GPU a value at a position is about; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <optional>

#include "extract/claim.h"
#include "extract/document_context.h"

namespace extract {

// Tries, in order: possessive ("L40S's 350 W"), parenthetical ("L40S (48 GB)"), the same
// clause, the same sentence, the block's bold lead, the subject of an earlier sentence of
// the block ("The RTX 4090 is a gaming card. It draws 450 W."), the section, the page subject.
std::optional<GpuRef> attribute(const DocumentContext& ctx, size_t block, size_t pos, Range sentence);

// "the same bandwidth as", "the same 3,584 CUDA cores as": words after which the GPU named is a
// yardstick, not the subject (an RE2 fragment for the readers that look for such words).
extern const char* const kSameAs;

// The subject of a sentence: its first non-possessive GPU, else lead/section/page subject.
std::optional<GpuRef> sentence_subject(const DocumentContext& ctx, size_t block, Range sentence, size_t before);

// The claim's span and text from block text offsets [begin, end).
void place_claim(Claim& claim, const core::Document& doc, size_t block, size_t begin, size_t end, Range sentence);

}  // namespace extract
