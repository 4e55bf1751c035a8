// Words that say a figure is not the spec its field names (a measured draw, a power supply,
// memory in use, a model's weights); tested through tests/extract/field_cues_test.cpp and tests/cases/scope.
#pragma once

#include <re2/re2.h>

#include <string_view>

namespace extract {

// A power figure's words that make it no rating ("peaked at 295 W", "a 500 W power brick").
const RE2& power_exclusion_words();
// Whether `text` holds such words; "total board power" is the rating itself.
bool power_excluded_in(std::string_view text);
// A size's words that make it no GPU memory ("KV cache", "per MIG slice", "OBS hit 7.7 GB").
const RE2& excluded_memory_words();

}  // namespace extract
