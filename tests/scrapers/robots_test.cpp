// Tests scrapers/fetch/robots: RFC 9309 groups, Allow/Disallow, longest match, '*' and '$'.
#include <catch2/catch.hpp>

#include "scrapers/fetch/robots.h"

using scrapers::net::RobotsRules;
using scrapers::net::robots_pattern_matches;

TEST_CASE("robots: patterns are prefixes, '*' matches any run, '$' anchors the end") {
  CHECK(robots_pattern_matches("/fish", "/fish.html"));
  CHECK(robots_pattern_matches("/fish", "/fish/salmon"));
  CHECK_FALSE(robots_pattern_matches("/fish", "/Fish.asp"));
  CHECK(robots_pattern_matches("/*.php", "/index.php"));
  CHECK(robots_pattern_matches("/*.php", "/folder/any.php.file.html"));
  CHECK_FALSE(robots_pattern_matches("/*.php", "/windows.PHP"));
  CHECK(robots_pattern_matches("/*.php$", "/filename.php"));
  CHECK_FALSE(robots_pattern_matches("/*.php$", "/filename.php?parameters"));
  CHECK(robots_pattern_matches("/fish*", "/fish"));
  CHECK(robots_pattern_matches("*", "/anything"));
}

TEST_CASE("robots: our group beats '*', groups for one agent merge, the longest rule wins and Allow wins ties") {
  const char* text =
      "# comments and unknown lines are ignored\n"
      "Sitemap: https://example.com/sitemap.xml\n"
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: FactCheck\n"
      "User-agent: otherbot\n"
      "Disallow: /private/\n"
      "Allow: /private/open\n"
      "\n"
      "user-agent: factcheck\n"
      "disallow: /*.pdf$\n"
      "Allow: /same\n"
      "Disallow: /same\n";
  auto rules = RobotsRules::parse(text, "factcheck/1 (GPU spec fact-checker)");
  CHECK(rules.allowed("/products/l4"));
  CHECK_FALSE(rules.allowed("/private/x"));
  CHECK(rules.allowed("/private/open.html"));
  CHECK_FALSE(rules.allowed("/datasheet.pdf"));
  CHECK(rules.allowed("/datasheet.pdf?download=1"));
  CHECK(rules.allowed("/same"));
  auto others = RobotsRules::parse(text, "somebot/2");
  CHECK_FALSE(others.allowed("/products/l4"));
  CHECK(others.allowed("/robots.txt"));
}

TEST_CASE("robots: empty Disallow allows everything; a 5xx robots.txt disallows all, a 4xx allows all") {
  CHECK(RobotsRules::parse("User-agent: *\nDisallow:\n", "factcheck").allowed("/x"));
  CHECK_FALSE(RobotsRules::disallow_all().allowed("/x"));
  CHECK(RobotsRules::allow_all().allowed("/x"));
  CHECK(RobotsRules::parse("", "factcheck").allowed("/x"));
}
