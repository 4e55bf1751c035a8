// Tests that datasets/catalog/KNOWN-THIRD-PARTY-ERRORS.md is exactly what `factcheck catalog diff --third-party --format markdown` prints for the bundled catalog.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "run_factcheck.h"

TEST_CASE("KNOWN-THIRD-PARTY-ERRORS.md is current: regenerate it when a record's note or value changes") {
  const std::string root(FACTCHECK_SOURCE_DIR);
  std::ifstream in(root + "/datasets/catalog/KNOWN-THIRD-PARTY-ERRORS.md", std::ios::binary);
  REQUIRE(in);
  std::stringstream committed;
  committed << in.rdbuf();
  auto r = catalog_test::factcheck("catalog diff --third-party --format markdown --catalog '" + root + "/datasets/catalog'",
                                   true);
  REQUIRE(r.status <= 1);  // 1: some disagreement is unexplained; the file lists those too
  INFO("regenerate: build/factcheck catalog diff --third-party --format markdown > "
       "datasets/catalog/KNOWN-THIRD-PARTY-ERRORS.md");
  CHECK(r.out == committed.str());
}
