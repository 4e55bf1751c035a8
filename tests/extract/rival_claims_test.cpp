// Tests extract/rival_claims: a sentence that gives two GPUs their own, different values of one field.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract_fixture.h"

using extract_test::extract_text;

namespace {
bool has(const std::vector<std::string>& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }
}  // namespace

TEST_CASE("rivals: each clause's GPU is the other value's rival", "[claims]") {
  auto e = extract_text("# Cards\n\nThe RTX 4090 draws 200 W, while the RTX 4070 draws 450 W.\n");
  const auto& first = e.one("tdp", "200 W");
  const auto& second = e.one("tdp", "450 W");
  CHECK(has(first.rivals, "nvidia-geforce-rtx-4070"));
  CHECK(has(second.rivals, "nvidia-geforce-rtx-4090"));
}

TEST_CASE("rivals: a value both GPUs share, another field, or one GPU only makes none", "[claims]") {
  auto e = extract_text(
      "# Cards\n\n"
      "The RTX 4090 is an Ada Lovelace card, and the RTX 4070 is an Ada Lovelace card too.\n\n"
      "The RTX 4090 draws 450 W, and the RTX 4070 has 12 GB.\n\n"
      "Next to the RTX 4070, the RTX 4090 draws 450 W.\n");
  for (const auto& c : e.claims()) CHECK(c.rivals.empty());
}

TEST_CASE("rivals: a weakly attributed value is no rival", "[claims]") {
  // The second figure has no GPU of its own clause: it is the slip the other-GPU reading catches.
  auto e = extract_text("# Cards\n\nThe RTX 4090 is fast. It draws 200 W, more than the RTX 4070 at 450 W.\n");
  for (const auto& c : e.claims()) CHECK_FALSE(has(c.rivals, "nvidia-geforce-rtx-4090"));
}
