// JSON values that remember the byte offset they were read from; tested in tests/catalog/json_reader_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source.h"

namespace catalog::json {

enum class Kind { null, boolean, number, string, array, object };
const char* to_string(Kind kind);  // "number", "string", ... for "expected X, got Y"

struct Member;

// nlohmann_json keeps no positions, and every catalog error must point at its bytes, so
// the catalog reads JSON itself. Object members stay in file order and duplicates are
// kept, so the schema reader can report a repeated key where it is.
struct Node {
  Kind kind = Kind::null;
  size_t offset = 0;     // first byte of the value in the source
  bool boolean = false;
  double number = 0;
  std::string text;      // string value (unescaped)
  std::vector<Node> items;
  std::vector<Member> members;

  bool is(Kind k) const { return kind == k; }
  // First member named `key`, or nullptr.
  const Node* get(std::string_view key) const;
};

struct Member {
  std::string key;
  size_t key_offset = 0;  // the opening quote of the key
  Node value;
};

// Parses one JSON text (RFC 8259, no extensions). The error points at the exact byte
// where the text stops being JSON.
core::Result<Node> parse(const core::Source& source);

}  // namespace catalog::json
