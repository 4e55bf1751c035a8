// Span: a byte range of one Source; tested in tests/core/source_test.cpp.
#pragma once
#include <cstddef>

namespace core {

// Half-open byte range [begin, end) in the Source that a Document was read from.
// Readers make spans as they read; nothing downstream searches text to rebuild them.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return end <= begin; }
  size_t size() const { return end > begin ? end - begin : 0; }
};

}  // namespace core
