// Config discovery and strict parsing; tested by tests/cmd/config_file_test.cpp.
#include "cmd/config_file.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/source.h"
#include "rules/rule.h"

namespace cmd {
namespace fs = std::filesystem;

core::Result<Config> read_config(const std::string& path, const std::vector<std::string>& known_rules) {
  auto source = core::read_source_file(path);
  if (!source.ok()) return source.error();
  Config config;
  config.path = path;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(source->bytes());
  } catch (const nlohmann::json::parse_error& e) {
    core::Position p = source->position(e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    return core::Error{core::ErrorCode::parse, "invalid JSON in config: " + what.substr(what.find(':') + 2), p};
  }
  auto fail = [&](const std::string& key, const std::string& message) {
    // Point at the key's first occurrence: nlohmann keeps no positions, the text does.
    size_t at = source->bytes().find("\"" + key + "\"");
    core::Position p = source->position(at == std::string::npos ? 0 : at);
    return core::Error{core::ErrorCode::usage, message, p};
  };
  if (!j.is_object()) return fail("", "config must be a JSON object");
  for (auto& [key, value] : j.items()) {
    if (key == "fail_on") {
      if (!value.is_string() || (value != "error" && value != "warning" && value != "info" && value != "none")) {
        return fail(key, "\"fail_on\" must be \"error\", \"warning\", \"info\" or \"none\"");
      }
      config.fail_on = value.get<std::string>();
    } else if (key == "disable") {
      if (!value.is_array()) return fail(key, "\"disable\" must be a list of rule ids");
      for (auto& id : value) {
        if (!id.is_string()) return fail(key, "\"disable\" must be a list of rule ids");
        if (std::find(known_rules.begin(), known_rules.end(), id.get<std::string>()) == known_rules.end()) {
          return fail(key, "unknown rule \"" + id.get<std::string>() + "\" in \"disable\" (see factcheck --list-rules)");
        }
        config.disable.push_back(id);
      }
    } else if (key == "catalog_paths") {
      if (!value.is_array()) return fail(key, "\"catalog_paths\" must be a list of directories");
      for (auto& dir : value) {
        if (!dir.is_string()) return fail(key, "\"catalog_paths\" must be a list of directories");
        fs::path p = dir.get<std::string>();
        if (p.is_relative()) p = fs::path(path).parent_path() / p;
        config.catalog_paths.push_back(p.lexically_normal().string());
      }
    } else {
      return fail(key, "unknown key \"" + key + "\" in config (known: fail_on, disable, catalog_paths)");
    }
  }
  return config;
}

core::Result<Config> find_config(const std::string& start_dir, const std::vector<std::string>& known_rules) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir.empty() ? "." : start_dir, ec).lexically_normal();
  if (!dir.has_filename() && dir != dir.root_path()) dir = dir.parent_path();  // "/a/b/" -> "/a/b"
  while (!dir.empty()) {
    fs::path candidate = dir / ".factcheck.json";
    if (fs::exists(candidate, ec)) return read_config(candidate.string(), known_rules);
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return Config{};
}

core::Result<Config> config_for_run(const std::vector<std::string>& files, const std::string& explicit_path,
                                    bool no_config) {
  if (no_config && explicit_path.empty()) return Config{};
  std::vector<std::string> ids;
  for (const auto& r : rules::rule_infos()) ids.push_back(r.id);
  if (!explicit_path.empty()) return read_config(explicit_path, ids);
  std::string start = files.empty() || files.front() == "-" ? "." : fs::path(files.front()).parent_path().string();
  return find_config(start, ids);
}

}  // namespace cmd
