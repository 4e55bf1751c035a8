// SHA-256 and the Content-Security-Policy hash source of an inline script; tested in tests/reports/csp_hash_test.cpp.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace reports {

// FIPS 180-4 SHA-256 of `bytes`. Here rather than from a crypto library because the report
// hashes one short script of its own, and the reports target links only core and JSON.
std::array<uint8_t, 32> sha256(std::string_view bytes);

// RFC 4648 base64 with padding.
std::string base64(std::string_view bytes);

// The CSP source expression that lets exactly this inline script run: 'sha256-<base64>'.
// The hash is over the script element's text as the browser sees it, so the caller must
// emit `script` byte for byte between <script> and </script>.
std::string csp_script_hash(std::string_view script);

}  // namespace reports
