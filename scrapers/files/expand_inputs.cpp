// Folder walks and glob expansion for the command line; tested in tests/scrapers/expand_inputs_test.cpp.
#include "scrapers/files/expand_inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "scrapers/files/ignore_rules.h"
#include "scrapers/files/path_pattern.h"

namespace scrapers {
namespace {

namespace fs = std::filesystem;

bool is_url(const std::string& s) { return s.find("://") != std::string::npos; }

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

bool known_extension(const fs::path& p, const ExpandOptions& options) {
  std::string ext = lower(p.extension().string());
  return std::find(options.extensions.begin(), options.extensions.end(), ext) != options.extensions.end();
}

void add_ignore_files(const fs::path& dir, const std::string& relative, IgnoreRules& rules) {
  for (const char* name : {".gitignore", ".factcheckignore"}) {
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) continue;
    std::stringstream text;
    text << in.rdbuf();
    rules.add_lines(text.str(), relative);
  }
}

// Files under `root` with a known extension, as paths relative to it, sorted bytewise so a
// run lists the same files in the same order on every machine.
std::vector<std::string> walk(const fs::path& root, const ExpandOptions& options, core::Errors& errors) {
  IgnoreRules rules;
  for (const auto& e : options.exclude) rules.add_pattern(e);
  std::vector<std::string> found;
  // Depth first with an explicit stack; each folder's ignore files apply below it only, which
  // holds because rules carry their base folder.
  std::vector<std::string> pending{""};
  while (!pending.empty()) {
    std::string rel = pending.back();
    pending.pop_back();
    fs::path dir = rel.empty() ? root : root / rel;
    add_ignore_files(dir, rel, rules);
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      errors.push_back({core::ErrorCode::io, "cannot read folder: " + ec.message(), {dir.string()}});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;  // .git, editor and tool folders
      const std::string child = rel.empty() ? name : rel + "/" + name;
      std::error_code type_ec;
      const bool is_dir = it->is_directory(type_ec) && !it->is_symlink(type_ec);
      if (rules.ignored(child, is_dir)) continue;
      if (is_dir) {
        pending.push_back(child);
      } else if (it->is_regular_file(type_ec) && known_extension(it->path(), options)) {
        found.push_back(child);
      }
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::string join(const std::string& root, const std::string& rel) {
  return (fs::path(root) / rel).lexically_normal().generic_string();
}

}  // namespace

ExpandedInputs expand_inputs(const std::vector<std::string>& args, const ExpandOptions& options) {
  ExpandedInputs out;
  std::set<std::string> seen;
  IgnoreRules exclude;
  for (const auto& e : options.exclude) exclude.add_pattern(e);
  auto add = [&](const std::string& path) {
    if (seen.insert(path).second) out.paths.push_back(path);
  };
  for (const auto& arg : args) {
    std::error_code ec;
    if (arg == "-" || is_url(arg)) {
      add(arg);
    } else if (fs::is_directory(arg, ec)) {
      auto files = walk(arg, options, out.errors);
      if (files.empty()) {
        out.errors.push_back({core::ErrorCode::not_found, "no Markdown, HTML, text or PDF files in this folder", {arg}});
      }
      for (const auto& f : files) add(join(arg, f));
    } else if (has_glob_chars(arg) && !fs::exists(arg, ec)) {
      // The literal folders before the first glob segment are the walk's root; the rest of
      // the pattern is matched against paths relative to it.
      std::string pattern = fs::path(arg).generic_string();
      std::string root;
      size_t glob_at = pattern.find_first_of("*?[");
      size_t slash = pattern.rfind('/', glob_at);
      if (slash != std::string::npos) {
        root = pattern.substr(0, slash + 1);
        pattern = pattern.substr(slash + 1);
      }
      std::vector<std::string> files;
      if (fs::is_directory(root.empty() ? "." : root, ec)) files = walk(root.empty() ? "." : root, options, out.errors);
      size_t before = out.paths.size();
      for (const auto& f : files) {
        if (match_path(pattern, f)) add(join(root.empty() ? "." : root, f));
      }
      if (out.paths.size() == before) {
        out.errors.push_back({core::ErrorCode::not_found, "no files match this pattern", {arg}});
      }
    } else if (!exclude.ignored(fs::path(arg).lexically_normal().generic_string(), false)) {
      add(arg);
    }
  }
  return out;
}

}  // namespace scrapers
