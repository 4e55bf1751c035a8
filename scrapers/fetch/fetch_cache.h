// On-disk cache of fetched pages keyed by URL, with ETag/Last-Modified validators; tested in tests/scrapers/fetch_test.cpp.
#pragma once
#include <optional>
#include <string>

namespace scrapers::net {

struct CachedPage {
  std::string url;
  std::string final_url;
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string body;
};

// Two files per URL in `dir`: KEY.meta (one "name value" line per field) and KEY.body,
// where KEY is a 64-bit FNV-1a hash of the URL in hex. The meta file repeats the URL, so a
// hash collision reads as a miss, never as another page. Both are written to a temporary
// file and renamed, so a crash never leaves half a page behind.
class FetchCache {
 public:
  explicit FetchCache(std::string dir) : dir_(std::move(dir)) {}
  std::optional<CachedPage> load(const std::string& url) const;
  // Returns false when the cache cannot be written (the fetch itself still succeeds).
  bool store(const CachedPage& page) const;

 private:
  std::string path_for(const std::string& url, const char* suffix) const;
  std::string dir_;
};

}  // namespace scrapers::net
