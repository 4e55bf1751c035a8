// Tests of extract/entity_matcher against a small hand-made alias table: boundaries, variants, families, glued page text.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_matcher.h"

using extract::EntityMatcher;
using extract::Mention;

namespace {

core::AliasTable aliases() {
  return {
      {"L4", {"nvidia-l4"}, ""},
      {"NVIDIA L4", {"nvidia-l4"}, ""},
      {"L40S", {"nvidia-l40s"}, ""},
      {"RTX 4070", {"nvidia-geforce-rtx-4070"}, ""},
      {"GeForce RTX 4070", {"nvidia-geforce-rtx-4070"}, ""},
      {"RTX 4090", {"nvidia-geforce-rtx-4090"}, ""},
      {"RTX 4080", {"nvidia-geforce-rtx-4080"}, ""},
      {"RTX 4080 Super", {"nvidia-geforce-rtx-4080-super"}, ""},
      {"GeForce RTX 4070 Ti SUPER", {"nvidia-geforce-rtx-4070-ti-super"}, ""},
      {"Radeon RX 7900 XTX", {"amd-radeon-rx-7900-xtx"}, ""},
      {"Radeon RX 7600", {"amd-radeon-rx-7600"}, ""},
      {"Intel Arc B580", {"intel-arc-b580"}, ""},
      {"RTX A5000", {"nvidia-rtx-a5000"}, ""},
      {"NVIDIA RTX A5000", {"nvidia-rtx-a5000"}, ""},
      {"H100", {"nvidia-h100-pcie", "nvidia-h100-sxm5"}, "nvidia-h100"},
      {"H100 PCIe", {"nvidia-h100-pcie"}, ""},
      {"H100 SXM5", {"nvidia-h100-sxm5"}, ""},
  };
}

const EntityMatcher& matcher() {
  static const EntityMatcher m(aliases());
  return m;
}

std::string_view matched(std::string_view text, const Mention& m) { return text.substr(m.begin, m.end - m.begin); }

// The catalog ids of the resolved mentions, in order.
std::vector<std::string> ids(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : matcher().find(text)) {
    if (m.entry >= 0) out.push_back(matcher().entry(m.entry).gpu_ids.front());
  }
  return out;
}

}  // namespace

TEST_CASE("a name matches with its exact span, whatever the separator", "[entity]") {
  std::string_view text = "The NVIDIA L4 and the RTX-4090 and the rtx 4070.";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 3);
  CHECK(matched(text, found[0]) == "NVIDIA L4");  // longest alias wins
  CHECK(matcher().entry(found[0].entry).gpu_ids.front() == "nvidia-l4");
  CHECK(matched(text, found[1]) == "RTX-4090");
  CHECK(matcher().entry(found[1].entry).gpu_ids.front() == "nvidia-geforce-rtx-4090");
  CHECK(matched(text, found[2]) == "rtx 4070");
  CHECK_FALSE(found[0].possessive);
}

TEST_CASE("a shorter name does not match inside a longer product name", "[entity]") {
  // The table has no Ti or SUPER alias: the matcher must not fall back to the RTX 4070.
  CHECK(ids("The RTX 4070 Ti has 12 GB.").empty());
  CHECK(ids("The RTX 4070 SUPER has 12 GB.").empty());
  CHECK(ids("The RTX 4070 has 12 GB.") == std::vector<std::string>{"nvidia-geforce-rtx-4070"});
  // "L4" is not the start of "L40S", nor of the L4 cache of a CPU.
  CHECK(ids("The L40S is bigger.") == std::vector<std::string>{"nvidia-l40s"});
  CHECK(ids("A large L4 cache helps.").empty());
  CHECK(ids("Model L45 and XL4").empty());
}

TEST_CASE("unknown product names that look like GPUs are unresolved mentions", "[entity]") {
  std::string_view text = "The RTX 9999 and the RTX 4070 Ti are not in this table.";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].entry == -1);
  CHECK(matched(text, found[0]) == "RTX 9999");
  CHECK(found[1].entry == -1);
  CHECK(matched(text, found[1]) == "RTX 4070 Ti");
}

TEST_CASE("possessives are flagged", "[entity]") {
  std::string_view text = "The RTX 4090's 1 TB/s and the L40S\xE2\x80\x99s 864 GB/s.";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 2);
  CHECK(matched(text, found[0]) == "RTX 4090");
  CHECK(found[0].possessive);
  CHECK(matched(text, found[1]) == "L40S");
  CHECK(found[1].possessive);
}

TEST_CASE("a family alias carries every member; a variant alias names one", "[entity]") {
  std::string_view text = "The H100 and the H100 PCIe.";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 2);
  const auto& family = matcher().entry(found[0].entry);
  CHECK(matched(text, found[0]) == "H100");
  CHECK(family.family == "nvidia-h100");
  CHECK(family.gpu_ids == std::vector<std::string>{"nvidia-h100-pcie", "nvidia-h100-sxm5"});
  const auto& variant = matcher().entry(found[1].entry);
  CHECK(matched(text, found[1]) == "H100 PCIe");
  CHECK(variant.family.empty());
  CHECK(variant.gpu_ids == std::vector<std::string>{"nvidia-h100-pcie"});
}

TEST_CASE("page text glued around a name still matches", "[entity]") {
  std::string_view text = "8.7/10NVIDIA RTX A5000nvidia";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 1);
  CHECK(matched(text, found[0]) == "NVIDIA RTX A5000");
  CHECK(matcher().entry(found[0].entry).gpu_ids.front() == "nvidia-rtx-a5000");
  // A name glued to other letters is not a name.
  CHECK(ids("RTX A5000X").empty());
}

TEST_CASE("brand-less forms of a brand-prefixed alias match", "[entity]") {
  CHECK(ids("The A5000 has 24 GB.") == std::vector<std::string>{"nvidia-rtx-a5000"});
  // "4090" alone is no product code (no letters): it stays a number.
  CHECK(ids("It scored 4090 points.").empty());
}

TEST_CASE("a bracketed suffix names the model it completes", "[entity]") {
  std::string_view text = "The RTX 4080 (Super) has more cores; the RTX 4090 (2022) does not change.";
  auto found = matcher().find(text);
  REQUIRE(found.size() == 2);
  CHECK(matched(text, found[0]) == "RTX 4080 (Super)");
  CHECK(matcher().entry(found[0].entry).gpu_ids.front() == "nvidia-geforce-rtx-4080-super");
  // A year or a word that completes no known name leaves the mention as written.
  CHECK(matched(text, found[1]) == "RTX 4090");
  CHECK(ids("an RTX 4080 (Ti) rumour") == std::vector<std::string>{"nvidia-geforce-rtx-4080"});
}

TEST_CASE("forum forms: a model number with its suffix, or a letter code, without the brand", "[entity]") {
  CHECK(ids("The 7900 XTX has 24 GB, the 4070 Ti SUPER 16 GB.") ==
        std::vector<std::string>{"amd-radeon-rx-7900-xtx", "nvidia-geforce-rtx-4070-ti-super"});
  CHECK(ids("The B580 offers 12 GB.") == std::vector<std::string>{"intel-arc-b580"});
  CHECK(ids("I went with the 4070TiS.") == std::vector<std::string>{"nvidia-geforce-rtx-4070-ti-super"});
  // A bare number stays a number, whatever card shares it, unless it owns something.
  CHECK(ids("The 7600 has 8 GB.").empty());
  CHECK(ids("the 7600's 8 GB") == std::vector<std::string>{"amd-radeon-rx-7600"});
}

TEST_CASE("normalize_name ignores case, spaces, dashes and dots", "[entity]") {
  CHECK(extract::normalize_name("RTX 4070 Ti") == "rtx4070ti");
  CHECK(extract::normalize_name("rtx-4070-ti") == "rtx4070ti");
  CHECK(extract::normalize_name("H100 SXM5") == extract::normalize_name("h100-sxm5"));
}

TEST_CASE("an empty alias table finds only unresolved names", "[entity]") {
  EntityMatcher empty(core::AliasTable{});
  CHECK(empty.size() == 0);
  auto found = empty.find("The RTX 4090 is fast.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].entry == -1);
}
