// Tests reports/html_text: escaping and the link allow-list.
#include <catch2/catch.hpp>

#include "reports/html_text.h"

TEST_CASE("escapes markup, quotes and broken bytes") {
  CHECK(reports::html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(reports::html_escape("ok\xFF") == "ok\xEF\xBF\xBD");
  CHECK(reports::html_escape("a\x01" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("CRLF becomes LF, a lone CR is replaced") {
  CHECK(reports::html_escape("a\r\nb") == "a\nb");
  CHECK(reports::html_escape("a\rb") == "a\xEF\xBF\xBD" "b");
  CHECK(reports::html_escape("\t\n") == "\t\n");
}

TEST_CASE("only http and https links are followed") {
  CHECK(reports::is_safe_link("https://www.nvidia.com/l4"));
  CHECK(reports::is_safe_link("HTTP://example.com"));
  CHECK_FALSE(reports::is_safe_link("javascript:alert(1)"));
  CHECK_FALSE(reports::is_safe_link("data:text/html,x"));
  CHECK_FALSE(reports::is_safe_link("https://a b"));
  CHECK_FALSE(reports::is_safe_link("datasets/measured/l4.xml"));
}
