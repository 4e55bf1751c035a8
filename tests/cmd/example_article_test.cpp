// The bundled example (the README's first command) against the bundled catalog: every registered rule fires on it.
#include <nlohmann/json.hpp>
#include <set>

#include "run_factcheck.h"

using cmd_test::run;
using nlohmann::json;

TEST_CASE("the bundled example article makes every rule fire, and nothing more than once per place", "[cli][example]") {
  const std::string article = std::string(FACTCHECK_SOURCE_DIR) + "/datasets/examples/l4-vs-rtx-4070.md";
  auto rules = run({"--list-rules"});
  REQUIRE(rules.rc == 0);
  std::set<std::string> registered;
  std::istringstream lines(rules.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) registered.insert(line.substr(0, line.find(' ')));
  }
  REQUIRE(registered.size() >= 9);

  auto r = run({"--format", "json", article});
  INFO(r.err);
  REQUIRE(r.rc == 1);
  auto doc = json::parse(r.out);
  std::set<std::string> fired;
  std::set<std::tuple<std::string, int, int>> places;
  for (const auto& f : doc["files"][0]["findings"]) {
    fired.insert(f["rule"].get<std::string>());
    // One rule reports one place once.
    CHECK(places.insert({f["rule"].get<std::string>(), f["line"].get<int>(), f["column"].get<int>()}).second);
  }
  for (const auto& id : registered) {
    INFO("rule " << id);
    CHECK(fired.count(id) == 1);
  }
}
