// Loads a catalog directory: every vendor record and family file, then the whole-catalog checks; tested in tests/catalog/loader_test.cpp.
#include <algorithm>
#include <filesystem>
#include <system_error>
#include <tuple>

#include "catalog/catalog.h"
#include "catalog/json_node.h"
#include "catalog/schema_reader.h"
#include "core/source.h"

namespace catalog {

namespace {

namespace fs = std::filesystem;

// Sorted, so errors come out in the same order on every machine.
std::vector<fs::path> json_files(const fs::path& dir, core::Errors& errors) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".json") out.push_back(it->path());
  }
  if (ec) errors.push_back({core::ErrorCode::io, "cannot list directory: " + ec.message(), {dir.string()}});
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> subdirectories(const fs::path& dir, core::Errors& errors) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory()) out.push_back(it->path());
  }
  if (ec) errors.push_back({core::ErrorCode::io, "cannot list directory: " + ec.message(), {dir.string()}});
  std::sort(out.begin(), out.end());
  return out;
}

// Reads and parses one file; nullopt (with the error recorded) when it is not JSON.
std::optional<std::pair<core::Source, json::Node>> read_json(const fs::path& path, core::Errors& errors) {
  auto source = core::read_source_file(path.string());
  if (!source) {
    errors.push_back(source.error());
    return std::nullopt;
  }
  auto root = json::parse(*source);
  if (!root) {
    errors.push_back(root.error());
    return std::nullopt;
  }
  return std::make_pair(std::move(*source), std::move(*root));
}

}  // namespace

LoadResult load_catalog(const std::string& dir) { return load_catalog(dir, builtin_checks()); }

LoadResult load_catalog(const std::string& dir, const std::vector<Check>& checks) {
  LoadResult result;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    result.errors.push_back({core::ErrorCode::unavailable, "catalog directory not found", {dir}});
    return result;
  }
  for (const auto& stray : json_files(dir, result.errors)) {
    result.errors.push_back({core::ErrorCode::schema,
                             "catalog JSON belongs in a vendor folder (<vendor>/<id>.json), in families/ or in architectures/",
                             {stray.string()}});
  }
  for (const auto& sub : subdirectories(dir, result.errors)) {
    const bool families = sub.filename() == "families";
    const bool architectures = sub.filename() == "architectures";
    for (const auto& path : json_files(sub, result.errors)) {
      auto parsed = read_json(path, result.errors);
      if (!parsed) continue;
      SchemaReader reader(parsed->first, result.errors);
      if (families) {
        result.catalog.add_family(read_family_record(parsed->second, reader));
      } else if (architectures) {
        result.catalog.add_architecture(read_architecture_record(parsed->second, reader));
      } else {
        result.catalog.add(read_gpu_record(parsed->second, reader));
      }
    }
  }
  result.catalog.index();
  for (const auto& check : checks) check.run(result.catalog, result.errors);
  // By file and position, so a curator fixes a file top to bottom whichever check found what.
  std::stable_sort(result.errors.begin(), result.errors.end(), [](const core::Error& a, const core::Error& b) {
    const auto& p = a.position;
    const auto& q = b.position;
    return std::tie(p.file, p.line, p.column) < std::tie(q.file, q.line, q.column);
  });
  return result;
}

}  // namespace catalog
