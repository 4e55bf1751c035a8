// Tests core/error: the path:line:col form.
#include <catch2/catch.hpp>

#include "core/error.h"

TEST_CASE("errors format as path:line:col: error: message") {
  core::Error e{core::ErrorCode::schema, "unknown field \"vram\"", {"datasets/catalog/nvidia/x.json", 7, 5}};
  CHECK(e.format() == "datasets/catalog/nvidia/x.json:7:5: error: unknown field \"vram\"");
  core::Error nopos{core::ErrorCode::io, "cannot read", {"a.md"}};
  CHECK(nopos.format() == "a.md: error: cannot read");
}

TEST_CASE("Result holds a value or an error") {
  core::Result<int> good(3);
  CHECK(good.ok());
  CHECK(*good == 3);
  core::Result<int> bad(core::Error{core::ErrorCode::parse, "x", {}});
  CHECK_FALSE(bad.ok());
  CHECK(bad.error().message == "x");
}
