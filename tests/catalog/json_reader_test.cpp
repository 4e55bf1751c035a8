// Tests catalog/json_reader.cpp: values, offsets of keys and values, and the exact position of each malformation.
#include <catch2/catch.hpp>

#include "catalog/json_node.h"

namespace {

catalog::json::Node parsed(const std::string& text) {
  auto r = catalog::json::parse(core::Source("t.json", text));
  REQUIRE(r.ok());
  return *r;
}

std::string failure(const std::string& text) {
  auto r = catalog::json::parse(core::Source("t.json", text));
  REQUIRE_FALSE(r.ok());
  return r.error().format();
}

}  // namespace

TEST_CASE("json reader keeps values and their offsets") {
  auto root = parsed("{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\u00e9\\n\\ud83d\\ude00\"\n}");
  REQUIRE(root.is(catalog::json::Kind::object));
  REQUIRE(root.members.size() == 2);
  CHECK(root.members[0].key == "a");
  CHECK(root.members[0].key_offset == 4);
  const auto* a = root.get("a");
  REQUIRE(a);
  REQUIRE(a->items.size() == 4);
  CHECK(a->offset == 9);
  CHECK(a->items[0].number == 1);
  CHECK(a->items[1].number == -25);
  CHECK(a->items[1].offset == 13);
  CHECK(a->items[2].boolean);
  CHECK(a->items[3].is(catalog::json::Kind::null));
  CHECK(root.get("b")->text == "x\xC3\xA9\n\xF0\x9F\x98\x80");
  CHECK(root.get("missing") == nullptr);
}

TEST_CASE("json reader keeps duplicate keys for the schema reader to report") {
  auto root = parsed(R"({"a": 1, "a": 2})");
  CHECK(root.members.size() == 2);
  CHECK(root.get("a")->number == 1);
}

TEST_CASE("json reader reports each malformation at its exact position") {
  CHECK(failure("{\"a\": 1,\n \"b\": 2,\n}") == "t.json:2:8: error: trailing comma before '}'");
  CHECK(failure("[1, 2,]") == "t.json:1:6: error: trailing comma before ']'");
  CHECK(failure("{\"a\": 1\n \"b\": 2}") == "t.json:2:2: error: unexpected '\"', expected ',' or '}' after an object member");
  CHECK(failure("{\"a\" 1}") == "t.json:1:6: error: unexpected '1', expected ':' after the key");
  CHECK(failure("{a: 1}") == "t.json:1:2: error: unexpected 'a', expected a quoted object key");
  CHECK(failure("{\"a\": tru}") == "t.json:1:7: error: unexpected 't', expected a value");
  CHECK(failure("{\"a\": \"x") == "t.json:1:9: error: unterminated string");
  CHECK(failure("{\"a\": \"x\ny\"}") == "t.json:1:9: error: unterminated string (line break inside a string)");
  CHECK(failure("{\"a\": \"\\q\"}") == "t.json:1:8: error: invalid escape '\\q' in string");
  CHECK(failure("{\"a\": \"\\u12G4\"}") == "t.json:1:8: error: \\u must be followed by four hex digits");
  CHECK(failure("[\"\\ud83d\"]") == "t.json:1:9: error: unpaired UTF-16 surrogate in \\u escape");
  CHECK(failure("{\"a\": 012}") == "t.json:1:8: error: leading zeros are not allowed in JSON numbers");
  CHECK(failure("{\"a\": 1.}") == "t.json:1:9: error: expected a digit after the decimal point");
  CHECK(failure("{\"a\": 1} x") == "t.json:1:10: error: unexpected 'x' after the JSON value");
  CHECK(failure("") == "t.json:1:1: error: unexpected end of file, expected a value");
  CHECK(failure("[1,\n") == "t.json:2:1: error: unexpected end of file, expected a value");
  CHECK(failure("[\"\xFF\"]") == "t.json:1:3: error: invalid UTF-8 byte 0xFF");
  // Columns count code points, so a position after "é" is where an editor shows it.
  CHECK(failure("{\"\xC3\xA9\": x}") == "t.json:1:7: error: unexpected 'x', expected a value");
}

TEST_CASE("json reader refuses nesting deep enough to exhaust the stack") {
  std::string deep(200, '[');
  CHECK(failure(deep).find("nested deeper than 128 levels") != std::string::npos);
}

TEST_CASE("json reader skips a UTF-8 BOM and counts CRLF as one line break") {
  CHECK(failure("\xEF\xBB\xBF{\"a\": 1,\r\n \"b\": x}") == "t.json:2:7: error: unexpected 'x', expected a value");
  auto root = parsed("\xEF\xBB\xBF{\"a\": 1}");
  CHECK(root.get("a")->number == 1);
}
