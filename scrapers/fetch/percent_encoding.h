// The percent-encoding normal form of a URL path that robots.txt rules and URLs are compared in (RFC 9309 §2.2.2, RFC 3986 §6.2.2); tested in tests/scrapers/robots_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace scrapers::net {

// `path` (with its query) in the one spelling that two equivalent spellings share:
// %XX of an unreserved character (ALPHA DIGIT - . _ ~) is decoded ("/%7Ejoe" -> "/~joe"),
// the hex of every other %XX is upper-cased ("/a%3cb" -> "/a%3Cb"), and octets a path may
// not hold raw (controls, space, "<>\"\\^`{|}[]", non-ASCII, a '%' not followed by two
// hex digits) are encoded ("/ツ" -> "/%E3%83%84"). Reserved characters keep the form they
// came in: "/a%2Fb" and "/a/b" name different resources, and robots.txt's own `*` and `$`
// stay operators only when written raw.
std::string percent_encoding_normal_form(std::string_view path);

}  // namespace scrapers::net
