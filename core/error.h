// Error values with a code, a message and a source position; tested in tests/core/error_test.cpp.
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace core {

// 1-based line and column (columns count Unicode code points); 0 means "unknown".
struct Position {
  std::string file;
  int line = 0;
  int column = 0;
  int page = 0;  // PDF page, 1-based; 0 for sources without pages
};

enum class ErrorCode {
  io,             // cannot read or write a file
  parse,          // malformed input (JSON, XML, capture text...)
  schema,         // well-formed input that breaks a schema rule
  encoding,       // invalid UTF-8 and the like
  not_found,      // an id, alias or file that does not exist
  unavailable,    // a library, driver or catalog that is not present
  usage,          // bad command-line use or config
  security,       // input refused for safety (external entity, entity bomb)
  inconsistent,   // values that contradict each other
};

const char* to_string(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::parse;
  std::string message;
  Position position;

  // "path:line:col: error: message", the form editors and CI logs expect.
  std::string format() const;
};

// A value or an error, until the toolchain gives us std::expected.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Several problems from one input, reported together (validation finds all, not the first).
using Errors = std::vector<Error>;

}  // namespace core
