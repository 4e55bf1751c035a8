// Tests for probe/reading_text.h: tool readings to numbers, "N/A" to not measured.
#include <catch2/catch.hpp>

#include "probe/reading_text.h"

using namespace probe;

TEST_CASE("readings with units become numbers") {
  CHECK(read_mib_as_bytes("81559 MiB") == 81559LL * 1024 * 1024);
  CHECK(read_mhz("2619 MHz") == 2619);
  CHECK(read_mhz("6251 Mhz") == 6251);  // deviceQuery's spelling
  CHECK(read_watts("700.00 W") == Approx(700.0));
  CHECK(read_link_width("16x") == 16);
  CHECK(read_integer(" 58 ") == 58);
  CHECK(read_enabled("Enabled") == true);
  CHECK(read_enabled("Disabled") == false);
}

TEST_CASE("unreadable readings are not measured, never zero") {
  CHECK_FALSE(read_mib_as_bytes("N/A"));
  CHECK_FALSE(read_mhz("Requested functionality has been deprecated"));
  CHECK_FALSE(read_watts("[N/A]"));
  CHECK_FALSE(read_watts("700.00 mW"));
  CHECK_FALSE(read_integer("Unknown Error"));
  CHECK_FALSE(read_link_width("16"));
  CHECK_FALSE(read_enabled("Requested functionality has been deprecated"));
}

TEST_CASE("nvidia-smi timestamps become ISO dates") {
  CHECK(read_smi_date("Tue Nov 12 09:48:31 2024") == "2024-11-12");
  CHECK(read_smi_date("Fri Aug  4 11:44:30 2023") == "2023-08-04");
  CHECK(read_smi_date("yesterday").empty());
}
