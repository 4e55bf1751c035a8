// Runs every tests/cases/<class>/*.md and *.txt through the binary and compares findings with the inline expectations (tests/cases/README.md).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "run_factcheck.h"

namespace {

namespace fs = std::filesystem;
using cmd_test::read_file;

struct Expectation {
  std::string rule, gpu, field;  // empty rule: "nothing"
};

// line -> expectations; a line listed with "nothing" must stay silent.
std::map<int, std::vector<Expectation>> expectations(const std::string& text, std::vector<std::string>& problems) {
  std::map<int, std::vector<Expectation>> out;
  static const std::regex comment(R"(<!--\s*expect(?:-at\s+(\d+))?:\s*([^>]*?)\s*-->)");
  std::istringstream in(text);
  std::string line;
  int number = 0, last_content = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::string without = std::regex_replace(line, comment, "");
    const bool has_content = without.find_first_not_of(" \t\r") != std::string::npos;
    for (std::sregex_iterator it(line.begin(), line.end(), comment), end; it != end; ++it) {
      // At the end of a line it is about that line; alone on a line, about the line above;
      // "expect-at N:" names the line outright (table rows cannot hold a comment).
      int target = (*it)[1].matched ? std::stoi((*it)[1]) : (has_content ? number : last_content);
      std::istringstream words((*it)[2].str());
      Expectation e;
      words >> e.rule >> e.gpu >> e.field;
      if (e.rule == "nothing") {
        e.rule.clear();
      } else if (e.field.empty()) {
        problems.push_back("line " + std::to_string(number) + ": an expectation needs RULE GPU FIELD or 'nothing'");
        continue;
      }
      if (target <= 0) {
        problems.push_back("line " + std::to_string(number) + ": an expectation with no line above it");
        continue;
      }
      out[target].push_back(e);
    }
    if (has_content) last_content = number;
  }
  return out;
}

bool same_gpu(const std::string& expected, const std::string& found) { return expected == "*" || expected == found; }

}  // namespace

TEST_CASE("every case file produces exactly the findings its comments expect") {
  const fs::path root = fs::path(FACTCHECK_SOURCE_DIR) / "tests" / "cases";
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && (entry.path().extension() == ".md" || entry.path().extension() == ".txt") && entry.path().filename() != "README.md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 7);  // one folder per class of writing, at least
  int expected_findings = 0, silent_lines = 0;
  for (const auto& file : files) {
    const std::string rel = fs::relative(file, root).string();
    std::vector<std::string> problems;
    auto expect = expectations(read_file(file), problems);
    auto r = cmd_test::run({"--format", "json", "--no-color", file.string()});
    INFO(rel << ": exit " << r.rc << "\n" << r.err);
    REQUIRE((r.rc == 0 || r.rc == 1));
    const auto doc = nlohmann::json::parse(r.out);
    std::map<int, std::vector<nlohmann::json>> found;
    for (const auto& f : doc["files"][0]["findings"]) {
      const std::string sev = f["severity"], verdict = f["verdict"];
      if (sev == "info" || verdict == "explained" || verdict == "unverifiable") continue;
      found[f["line"].get<int>()].push_back(f);
    }
    for (auto& [line, list] : expect) {
      for (const auto& e : list) {
        if (e.rule.empty()) {
          ++silent_lines;
          for (const auto& f : found[line]) {
            problems.push_back("line " + std::to_string(line) + ": expected nothing, got " + f["rule"].get<std::string>() +
                               " " + f["gpu"].get<std::string>() + " " + f["field"].get<std::string>() + ": " +
                               f["message"].get<std::string>());
          }
          continue;
        }
        ++expected_findings;
        auto& list_found = found[line];
        auto it = std::find_if(list_found.begin(), list_found.end(), [&](const nlohmann::json& f) {
          return f["rule"] == e.rule && same_gpu(e.gpu, f["gpu"]) && f["field"] == e.field;
        });
        if (it == list_found.end()) {
          problems.push_back("line " + std::to_string(line) + ": missing " + e.rule + " " + e.gpu + " " + e.field);
        } else {
          list_found.erase(it);
        }
      }
    }
    for (const auto& [line, list] : found) {
      if (expect.count(line) && std::any_of(expect[line].begin(), expect[line].end(), [](const Expectation& e) { return e.rule.empty(); })) {
        continue;  // already reported above
      }
      for (const auto& f : list) {
        problems.push_back("line " + std::to_string(line) + ": unexpected " + f["rule"].get<std::string>() + " " +
                           f["gpu"].get<std::string>() + " " + f["field"].get<std::string>() + ": " +
                           f["message"].get<std::string>());
      }
    }
    std::string report;
    for (const auto& p : problems) report += rel + ":" + p + "\n";
    INFO(report);
    CHECK(problems.empty());
  }
  CHECK(expected_findings > 0);
  CHECK(silent_lines > 0);
}
