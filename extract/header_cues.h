// The table of header and label words that name a field, in order; tested in tests/extract/field_cues_test.cpp.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

namespace extract {

struct Cue {
  std::unique_ptr<RE2> pattern;
  std::string field;  // "" = recognised but not checked
};

// Order matters: the first match wins, so narrower phrases come before broader ones.
const std::vector<Cue>& header_cues();

}  // namespace extract
