// Tests of extract/sentences: sentence ends that are not ends (decimals, "vs."), soft wraps, clause cuts.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/sentences.h"

using extract::Range;

namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& r : extract::split_sentences(text)) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

std::vector<std::string> clauses(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& r : extract::split_clauses(text, Range{0, text.size()})) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}

}  // namespace

TEST_CASE("sentences end at a stop followed by a space", "[sentences]") {
  CHECK(sentences("The L4 has 24 GB. It draws 72 W! Is it fast? Yes") ==
        std::vector<std::string>{"The L4 has 24 GB.", "It draws 72 W!", "Is it fast?", "Yes"});
}

TEST_CASE("decimals and abbreviations do not end a sentence", "[sentences]") {
  CHECK(sentences("It reaches 300.1 GB/s vs. 864 GB/s on the L40S. Done.") ==
        std::vector<std::string>{"It reaches 300.1 GB/s vs. 864 GB/s on the L40S.", "Done."});
  CHECK(sentences("Some cards, e.g. the L4, are small.") == std::vector<std::string>{"Some cards, e.g. the L4, are small."});
  CHECK(sentences("It is approx. 300 GB/s.") == std::vector<std::string>{"It is approx. 300 GB/s."});
}

TEST_CASE("a line break alone is a soft wrap; a stop before it ends the sentence", "[sentences]") {
  CHECK(sentences("The L4 has\n24 GB of memory") == std::vector<std::string>{"The L4 has\n24 GB of memory"});
  CHECK(sentences("First line.\nSecond line.") == std::vector<std::string>{"First line.", "Second line."});
}

TEST_CASE("ranges cover the text without leading whitespace", "[sentences]") {
  const std::string text = "  One.   Two.";
  auto ranges = extract::split_sentences(text);
  REQUIRE(ranges.size() == 2);
  CHECK(ranges[0].begin == 2);
  CHECK(ranges[0].end == 6);
  CHECK(ranges[1].begin == 9);
  CHECK(ranges[1].end == text.size());
  CHECK(ranges[0].contains(2));
  CHECK_FALSE(ranges[0].contains(6));
  CHECK(extract::split_sentences("").empty());
}

TEST_CASE("clauses split at semicolons and spaced dashes and arrows", "[sentences]") {
  CHECK(clauses("L4 has 24 GB; L40S has 48 GB") == std::vector<std::string>{"L4 has 24 GB", " L40S has 48 GB"});
  CHECK(clauses("L4 \xE2\x80\x94 72 W \xE2\x80\x93 single slot - low profile") ==
        std::vector<std::string>{"L4", "72 W", "single slot", "low profile"});
  CHECK(clauses("24 GB \xE2\x86\x92 fits 13B") == std::vector<std::string>{"24 GB", "fits 13B"});
  // A hyphen inside a word or range is no clause cut.
  CHECK(clauses("a 16-20 GB single-slot card") == std::vector<std::string>{"a 16-20 GB single-slot card"});
}

TEST_CASE("clauses stay inside the sentence range given", "[sentences]") {
  const std::string text = "Intro. A; B. Outro.";
  auto all = extract::split_sentences(text);
  REQUIRE(all.size() == 3);
  auto parts = extract::split_clauses(text, all[1]);
  REQUIRE(parts.size() == 2);
  CHECK(text.substr(parts[0].begin, parts[0].end - parts[0].begin) == "A");
  CHECK(text.substr(parts[1].begin, parts[1].end - parts[1].begin) == " B.");
}
