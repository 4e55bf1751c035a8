// Tests reports/provenance: the "vendor: <url> | measured: <capture>, driver ..." text.
#include <catch2/catch.hpp>

#include "reports/provenance.h"

TEST_CASE("evidence names kind, the most precise handle and detail") {
  core::Evidence vendor;
  vendor.source_kind = "vendor";
  vendor.title = "datasheet";
  vendor.url = "https://example.com/l4";
  core::Evidence measured;
  measured.source_kind = "measured";
  measured.capture = "datasets/measured/l4.xml";
  measured.detail = "driver 550.54.15";
  CHECK(reports::describe_evidence(std::vector<core::Evidence>{vendor, measured}) ==
        "vendor: https://example.com/l4 | measured: datasets/measured/l4.xml, driver 550.54.15");
}

TEST_CASE("evidence without a handle still says something") {
  core::Evidence derived;
  derived.source_kind = "derived";
  derived.detail = "2 x clock x width / 8";
  CHECK(reports::describe_evidence(derived) == "derived: 2 x clock x width / 8");
  CHECK(reports::describe_evidence(core::Evidence{}) == "source: (no source recorded)");
}
