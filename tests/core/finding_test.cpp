// Tests core/finding: names of severities and verdicts.
#include <catch2/catch.hpp>

#include "core/finding.h"

TEST_CASE("severity names round-trip") {
  core::Severity s{};
  REQUIRE(core::parse_severity("warning", s));
  CHECK(s == core::Severity::warning);
  CHECK(std::string(core::to_string(s)) == "warning");
  CHECK_FALSE(core::parse_severity("fatal", s));
  CHECK(std::string(core::to_string(core::Verdict::unverifiable)) == "unverifiable");
}
