// Finding fingerprints: the identity of a finding across runs; tested in tests/audit/fingerprint_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace audit {

// A finding is "the same" in two runs when the same source says the same wrong thing about
// the same GPU field: source id + rule + GPU + field + claimed value, the value with
// whitespace and case folded. Line and column are left out on purpose, so an edit above the
// claim does not turn an old finding into a new one. 16 hex digits (64-bit FNV-1a).
std::string fingerprint(std::string_view source_id, std::string_view rule, std::string_view gpu, std::string_view field,
                        std::string_view claimed);

}  // namespace audit
