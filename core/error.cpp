// Error formatting; tested in tests/core/error_test.cpp.
#include "core/error.h"

namespace core {

const char* to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::io: return "io";
    case ErrorCode::parse: return "parse";
    case ErrorCode::schema: return "schema";
    case ErrorCode::encoding: return "encoding";
    case ErrorCode::not_found: return "not-found";
    case ErrorCode::unavailable: return "unavailable";
    case ErrorCode::usage: return "usage";
    case ErrorCode::security: return "security";
    case ErrorCode::inconsistent: return "inconsistent";
  }
  return "unknown";
}

std::string Error::format() const {
  std::string out = position.file.empty() ? std::string("<input>") : position.file;
  if (position.page > 0) out += ":page " + std::to_string(position.page);
  if (position.line > 0) {
    out += ":" + std::to_string(position.line);
    if (position.column > 0) out += ":" + std::to_string(position.column);
  }
  out += ": error: " + message;
  return out;
}

}  // namespace core
