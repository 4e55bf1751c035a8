// Tests reports/csp_hash: SHA-256 against FIPS 180-4 examples, base64 against RFC 4648, and the CSP source form.
#include <catch2/catch.hpp>

#include <string>

#include "reports/csp_hash.h"

namespace {

std::string hex(const std::array<uint8_t, 32>& d) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : d) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

}  // namespace

TEST_CASE("sha256: the FIPS 180-4 example messages, including the one- and two-block paddings", "[csp]") {
  CHECK(hex(reports::sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(reports::sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 56 bytes: the length no longer fits the first block, so padding takes a second one.
  CHECK(hex(reports::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(reports::sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 64 bytes: one whole block, then a block of padding alone.
  CHECK(hex(reports::sha256(std::string(64, 'a'))) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("base64: RFC 4648 test vectors, padding by remainder", "[csp]") {
  CHECK(reports::base64("") == "");
  CHECK(reports::base64("f") == "Zg==");
  CHECK(reports::base64("fo") == "Zm8=");
  CHECK(reports::base64("foo") == "Zm9v");
  CHECK(reports::base64("foob") == "Zm9vYg==");
  CHECK(reports::base64("fooba") == "Zm9vYmE=");
  CHECK(reports::base64("foobar") == "Zm9vYmFy");
  CHECK(reports::base64(std::string("\xFF\xFE\x00", 3)) == "//4A");
}

TEST_CASE("csp_script_hash: the quoted sha256- source a browser compares with the script text", "[csp]") {
  // The same value `printf 'alert(1)' | openssl dgst -sha256 -binary | base64` prints.
  CHECK(reports::csp_script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
}
