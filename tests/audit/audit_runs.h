// Shared by tests/audit/: the bundled sources copied into a test's folder, one `factcheck audit` run, its summary.json.
#pragma once
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "../cmd/run_factcheck.h"
#include "audit_server.h"

namespace audit_test {

namespace fs = std::filesystem;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;

inline const fs::path kSources = fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "sources";

// A copy of the bundled pages and articles (so a test may edit one) in `dir`/site, and a
// sources file that names them by http://127.0.0.1 URLs, written to `dir`/sources.json.
inline fs::path served_sources(const TempDir& dir, const audit_test::DirServer* server, std::vector<nlohmann::json> extra = {}) {
  fs::copy(kSources, dir / "site", fs::copy_options::recursive);
  // The bundled catalog explains every disagreement with the database, so the served copy
  // gets one wrong value, as a database edited overnight would.
  auto db = nlohmann::json::parse(read_file(fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "third_party" / "all-gpus.json"));
  for (auto& g : db) {
    if (g["id"] == "nvidia-l4") g["memorySize"] = 16.0;
  }
  write_file(dir / "site" / "all-gpus.json", db.dump());
  nlohmann::json all = nlohmann::json::array();
  for (const char* name : {"vendor.json", "articles.json", "database.json"}) {
    auto j = nlohmann::json::parse(read_file(kSources / name));
    for (auto& s : j["sources"]) {
      std::string url = s["url"];
      if (url == "../third_party/all-gpus.json") url = "all-gpus.json";
      s["url"] = server ? server->url("/" + url) : (dir / "site" / url).string();
      all.push_back(s);
    }
  }
  for (auto& e : extra) all.push_back(e);
  write_file(dir / "sources.json", nlohmann::json{{"version", 1}, {"sources", all}}.dump(2));
  return dir / "sources.json";
}

inline cmd_test::Result audit(const TempDir& dir, const fs::path& sources, std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"audit", "--sources", sources.string(), "--db", (dir / "history.sqlite").string(),
                                   "--out", (dir / "report").string(), "--host-delay-ms", "0", "--retries", "0",
                                   "--timeout-ms", "10000"};
  if (std::find(more.begin(), more.end(), "--today") == more.end()) more.insert(more.end(), {"--today", "2026-01-15"});
  args.insert(args.end(), more.begin(), more.end());
  return cmd_test::run(args, "", dir.path());
}

inline nlohmann::json summary(const TempDir& dir) { return nlohmann::json::parse(read_file(dir / "report" / "summary.json")); }

inline std::set<std::string> states_of(const nlohmann::json& s, const std::string& state) {
  std::set<std::string> out;
  for (const auto& f : s["findings"]) {
    if (f["state"] == state) out.insert(f["source"].get<std::string>() + " " + f["gpu"].get<std::string>() + " " +
                                        f["field"].get<std::string>() + " " + f["claimed"].get<std::string>());
  }
  return out;
}


}  // namespace audit_test
