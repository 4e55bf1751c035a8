// Tests for probe/record_json.h: the {"version":1,"devices":[...]} document and its round trip.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "probe/record_json.h"
#include "probe_fixtures.h"

using namespace probe;

TEST_CASE("JSON carries measured keys only, with source, readings and formulas") {
  ProbeResult r = probe_test::read_ok("l4-devicequery.txt");
  auto j = nlohmann::json::parse(to_json(r));
  CHECK(j["version"] == 1);
  REQUIRE(j["devices"].size() == 1);
  const auto& d = j["devices"][0];
  CHECK(d["name"] == "NVIDIA L4");
  CHECK(d["catalog_id"] == "nvidia-l4");
  CHECK(d["compute_capability"] == "8.9");
  CHECK(d["sm_count"] == 58);
  CHECK(d["cuda_cores"] == 7424);
  CHECK(d["bandwidth_gbs"].get<double>() == Approx(300.05));
  CHECK(d["source"]["tool"] == "deviceQuery");
  CHECK(d["source"]["file"].get<std::string>().find("l4-devicequery.txt") != std::string::npos);
  CHECK_FALSE(d.contains("power_limit_default_w"));  // deviceQuery does not print it
  CHECK_FALSE(d.contains("uuid"));
  CHECK(d["readings"]["Memory Clock rate"] == "6251 Mhz");
  CHECK(d["derived"]["cuda_cores"]["formula"].get<std::string>().find("sm_count * 128") != std::string::npos);
}

TEST_CASE("a measured record reads back to the same values") {
  ProbeResult r = probe_test::read_ok("h100-nvl-x2-nvidia-smi-q.txt");
  auto back = probe_result_from_json(to_json(r), "m.json");
  REQUIRE(back.ok());
  REQUIRE(back->devices.size() == 2);
  CHECK(back->devices[0].catalog_id == "nvidia-h100-nvl");
  CHECK(back->devices[0].power_limit_max_w == Approx(400));
  CHECK(back->devices[0].uuid == r.devices[0].uuid);
  CHECK(back->source.tool == "nvidia-smi -q");
  CHECK(back->source.date == "2024-11-14");
}

TEST_CASE("records of the wrong shape are errors naming the file") {
  auto not_json = probe_result_from_json("{", "m.json");
  REQUIRE_FALSE(not_json.ok());
  CHECK(not_json.error().position.file == "m.json");
  auto wrong_version = probe_result_from_json(R"({"version":2,"devices":[]})", "m.json");
  REQUIRE_FALSE(wrong_version.ok());
  auto wrong_type = probe_result_from_json(R"({"version":1,"devices":[{"sm_count":"many"}]})", "m.json");
  REQUIRE_FALSE(wrong_type.ok());
  CHECK(wrong_type.error().code == core::ErrorCode::schema);
}
