// Tests scrapers/fetch/robots: RFC 9309 groups, Allow/Disallow, longest match, '*' and '$'.
#include <catch2/catch.hpp>

#include "scrapers/fetch/percent_encoding.h"
#include "scrapers/fetch/robots.h"

using scrapers::net::percent_encoding_normal_form;
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

TEST_CASE("robots: the normal form decodes unreserved %XX, upper-cases other hex and encodes what a path may not hold") {
  CHECK(percent_encoding_normal_form("/%7Ejoe") == "/~joe");
  CHECK(percent_encoding_normal_form("/%7ejoe") == "/~joe");
  CHECK(percent_encoding_normal_form("/foo/bar/%62%61%7A") == "/foo/bar/baz");
  CHECK(percent_encoding_normal_form("/a%3cb") == "/a%3Cb");
  CHECK(percent_encoding_normal_form("/a%2fb") == "/a%2Fb");  // reserved: stays encoded, not '/'
  CHECK(percent_encoding_normal_form("/foo/bar/\xE3\x83\x84") == "/foo/bar/%E3%83%84");
  CHECK(percent_encoding_normal_form("/a b<c>") == "/a%20b%3Cc%3E");
  CHECK(percent_encoding_normal_form("/100%") == "/100%25");
  CHECK(percent_encoding_normal_form("/100%zz") == "/100%25zz");
  CHECK(percent_encoding_normal_form("/foo/bar?baz=quz&x=*$") == "/foo/bar?baz=quz&x=*$");
  CHECK(percent_encoding_normal_form("/%2A") == "/%2A");  // an encoded '*' is not a wildcard
}

TEST_CASE("robots: rules and paths are compared in percent-encoding normal form (RFC 9309 section 2.2.2)") {
  auto rules = RobotsRules::parse(
      "User-agent: *\n"
      "Disallow: /a%3cb\n"
      "Disallow: /%7Ejoe/\n"
      "Disallow: /foo/bar/\xE3\x83\x84\n"
      "Disallow: /q%2fr\n"
      "Disallow: /star%2A\n"
      "Allow: /~joe/public\n",
      "factcheck");
  CHECK_FALSE(rules.allowed("/a%3Cb"));
  CHECK_FALSE(rules.allowed("/a%3cb"));
  CHECK_FALSE(rules.allowed("/~joe/notes.html"));
  CHECK_FALSE(rules.allowed("/%7ejoe/notes.html"));
  CHECK(rules.allowed("/%7Ejoe/public/index.html"));  // the Allow, written raw, still matches
  CHECK_FALSE(rules.allowed("/foo/bar/%E3%83%84"));
  CHECK_FALSE(rules.allowed("/foo/bar/%e3%83%84/more"));
  CHECK_FALSE(rules.allowed("/q%2Fr"));
  CHECK(rules.allowed("/q/r"));  // an encoded '/' is another resource
  CHECK(rules.allowed("/starry"));  // %2A is a literal '*', not a wildcard
  CHECK_FALSE(rules.allowed("/star%2a"));
  CHECK(rules.allowed("/a<c"));
}
