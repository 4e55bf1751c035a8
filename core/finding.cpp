// Severity and verdict names; tested in tests/core/finding_test.cpp.
#include "core/finding.h"

namespace core {

const char* to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::refuted: return "refuted";
    case Verdict::inconsistent: return "inconsistent";
    case Verdict::unverifiable: return "unverifiable";
    case Verdict::supported: return "supported";
    case Verdict::explained: return "explained";
  }
  return "refuted";
}

bool parse_severity(std::string_view text, Severity& out) {
  if (text == "info") out = Severity::info;
  else if (text == "warning") out = Severity::warning;
  else if (text == "error") out = Severity::error;
  else return false;
  return true;
}

}  // namespace core
