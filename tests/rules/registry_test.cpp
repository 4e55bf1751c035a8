// Tests of rules/registry.cpp: ids are <family>-<problem>, unique, documented, and each lives and is tested in its family folder.
#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include <catch2/catch.hpp>

#include "rules/rule.h"

namespace {

const std::set<std::string> kFamilies{"catalog", "consistency", "derived", "comparison", "ratio", "arithmetic",
                                      "feasibility"};

std::string problem_of(const core::RuleInfo& r) { return r.id.substr(r.family.size() + 1); }

std::string file_stem(std::string problem) {
  std::replace(problem.begin(), problem.end(), '-', '_');
  return problem;
}

}  // namespace

TEST_CASE("registry: the rules, in registration order, with their default severities", "[rules][registry]") {
  std::vector<std::pair<std::string, core::Severity>> got;
  for (const auto& r : rules::rule_infos()) got.emplace_back(r.id, r.default_severity);
  using S = core::Severity;
  CHECK(got == std::vector<std::pair<std::string, core::Severity>>{
                   {"catalog-value-mismatch", S::error},
                   {"catalog-feature-mismatch", S::error},
                   {"catalog-unverifiable", S::info},
                   {"consistency-conflicting-values", S::warning},
                   {"derived-bandwidth-formula", S::error},
                   {"derived-fp32-formula", S::error},
                   {"comparison-direction", S::error},
                   {"comparison-difference", S::error},
                   {"ratio-mismatch", S::error},
                   {"arithmetic-wrong-result", S::error},
                   {"feasibility-model-does-not-fit", S::error},
               });
  CHECK(rules::all_rules().size() == got.size());
}

TEST_CASE("registry: every id is <family>-<problem>, unique and documented", "[rules][registry]") {
  static const std::regex id_form("[a-z]+(-[a-z0-9]+)+");
  std::set<std::string> seen;
  for (const auto& r : rules::rule_infos()) {
    INFO(r.id);
    CHECK(std::regex_match(r.id, id_form));
    CHECK(kFamilies.count(r.family) == 1);
    CHECK(r.id.rfind(r.family + "-", 0) == 0);
    CHECK(seen.insert(r.id).second);
    CHECK_FALSE(r.summary.empty());
    CHECK(r.summary.size() < 100);
    CHECK(r.summary.back() != '.');
    CHECK(r.help.size() > r.summary.size());
  }
  CHECK(seen.size() == rules::rule_infos().size());
}

TEST_CASE("registry: every family folder has rules and each rule has its source and test file", "[rules][registry]") {
  namespace fs = std::filesystem;
  const fs::path root = FACTCHECK_SOURCE_DIR;
  std::set<std::string> families_with_rules;
  for (const auto& r : rules::rule_infos()) {
    INFO(r.id);
    families_with_rules.insert(r.family);
    const auto stem = file_stem(problem_of(r));
    CHECK(fs::exists(root / "rules" / r.family / (stem + ".h")));
    CHECK(fs::exists(root / "rules" / r.family / (stem + ".cpp")));
    CHECK(fs::exists(root / "tests" / "rules" / r.family / (stem + "_test.cpp")));
  }
  CHECK(families_with_rules == kFamilies);
  for (const auto& entry : fs::directory_iterator(root / "rules")) {
    if (!entry.is_directory()) continue;
    INFO(entry.path().filename().string());
    CHECK(kFamilies.count(entry.path().filename().string()) == 1);
  }
}

TEST_CASE("registry: lookup by id", "[rules][registry]") {
  const auto* info = rules::find_rule_info("ratio-mismatch");
  REQUIRE(info);
  CHECK(info->family == "ratio");
  CHECK(rules::find_rule_info("ratio") == nullptr);
  CHECK(rules::find_rule_info("no-such-rule") == nullptr);
}

TEST_CASE("registry: the sink stamps the rule id and resolves positions", "[rules][registry]") {
  core::Source src("doc.md", "first\nsecond line\n");
  rules::Sink sink(src);
  core::Finding f;
  f.rule = "left-over";
  f.span = {6, 12};
  core::RelatedLocation related;
  related.span = {1, 3};
  f.related.push_back(related);
  sink.report(*rules::find_rule_info("catalog-unverifiable"), f);
  REQUIRE(sink.findings().size() == 1);
  const auto& got = sink.findings()[0];
  CHECK(got.rule == "catalog-unverifiable");
  CHECK(got.begin.line == 2);
  CHECK(got.begin.column == 1);
  CHECK(got.end.column == 7);
  CHECK(got.related[0].position.line == 1);
  CHECK(got.related[0].position.column == 2);
}
