// On-disk cache of fetched pages keyed by URL; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/fetch_cache.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace scrapers::net {
namespace {

bool write_atomically(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << bytes;
    if (!out.flush()) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

std::optional<std::string> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string FetchCache::path_for(const std::string& url, const char* suffix) const {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : url) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char key[17];
  std::snprintf(key, sizeof key, "%016llx", static_cast<unsigned long long>(h));
  return dir_ + "/" + key + suffix;
}

std::optional<CachedPage> FetchCache::load(const std::string& url) const {
  auto meta = read_all(path_for(url, ".meta"));
  if (!meta) return std::nullopt;
  CachedPage page;
  std::istringstream lines(*meta);
  std::string line;
  while (std::getline(lines, line)) {
    size_t sp = line.find(' ');
    std::string name = line.substr(0, sp);
    std::string value = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (name == "url") page.url = value;
    else if (name == "final-url") page.final_url = value;
    else if (name == "content-type") page.content_type = value;
    else if (name == "etag") page.etag = value;
    else if (name == "last-modified") page.last_modified = value;
  }
  if (page.url != url) return std::nullopt;
  auto body = read_all(path_for(url, ".body"));
  if (!body) return std::nullopt;
  page.body = std::move(*body);
  return page;
}

bool FetchCache::store(const CachedPage& page) const {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return false;
  // Values are single header lines; a stray newline would corrupt the meta format.
  auto clean = [](std::string v) {
    for (auto& c : v) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    return v;
  };
  std::string meta = "url " + clean(page.url) + "\nfinal-url " + clean(page.final_url) + "\ncontent-type " +
                     clean(page.content_type) + "\netag " + clean(page.etag) + "\nlast-modified " +
                     clean(page.last_modified) + "\n";
  // Body first: a meta file only ever points at a complete body.
  return write_atomically(path_for(page.url, ".body"), page.body) &&
         write_atomically(path_for(page.url, ".meta"), meta);
}

}  // namespace scrapers::net
