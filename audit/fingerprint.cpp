// Finding fingerprints from source, rule, GPU, field and claimed value; tested in tests/audit/fingerprint_test.cpp.
#include "audit/fingerprint.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace audit {
namespace {

void mix(uint64_t& h, std::string_view part, bool fold) {
  bool space = false, started = false;
  for (char c : part) {
    if (fold && std::isspace(static_cast<unsigned char>(c))) {
      space = started;  // inner runs become one space; leading and trailing ones vanish
      continue;
    }
    started = true;
    if (space) {
      h = (h ^ ' ') * 1099511628211ULL;
      space = false;
    }
    char v = fold ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
    h = (h ^ static_cast<unsigned char>(v)) * 1099511628211ULL;
  }
  h = (h ^ 0x1f) * 1099511628211ULL;  // unit separator: ("ab","c") differs from ("a","bc")
}

}  // namespace

std::string fingerprint(std::string_view source_id, std::string_view rule, std::string_view gpu, std::string_view field,
                        std::string_view claimed) {
  uint64_t h = 14695981039346656037ULL;
  mix(h, source_id, false);
  mix(h, rule, false);
  mix(h, gpu, false);
  mix(h, field, false);
  mix(h, claimed, true);
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace audit
