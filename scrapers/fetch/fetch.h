// Fetching an input by URL or path into a core::Source (libcurl easy+multi, file://, on-disk cache); tested in tests/scrapers/fetch_test.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source.h"

namespace scrapers {

struct FetchOptions {
  long connect_timeout_ms = 10'000;
  long timeout_ms = 60'000;               // whole transfer
  size_t max_bytes = 32 * 1024 * 1024;    // larger bodies are refused, not truncated
  long max_redirects = 5;
  std::string cache_dir;                  // empty: no cache
  bool offline = false;                   // URLs come from the cache only
  std::string user_agent = "factcheck/1 (GPU spec fact-checker)";
};

struct Fetched {
  core::Source source;      // name: the URL or path exactly as given
  std::string format_hint;  // the Content-Type for URLs ("" for files): pass to read_document
  std::string final_url;    // after redirects
  long status = 0;          // HTTP status of the answer used (200, or 304 when revalidated)
  bool from_cache = false;  // the body came from the cache (revalidated or offline)
};

// http:// and https:// (the only schemes followed, redirects included).
bool is_url(std::string_view location);

// One input: a URL, a file:// URL, or a path. Errors name the location: `unavailable` for
// network and HTTP failures (status, timeout, too large, too many redirects), `io` for files.
//
// With a cache_dir, each URL's body and validators are kept under a name derived from the
// URL; a later fetch sends If-None-Match / If-Modified-Since and a 304 answer reuses the
// stored body, so an audit of many pages costs little when they have not changed.
core::Result<Fetched> fetch(const std::string& location, const FetchOptions& options = {});

// Several inputs; URLs are transferred in parallel (libcurl multi). Results are in the
// order of `locations`, one per location; a failure does not stop the others.
std::vector<core::Result<Fetched>> fetch_all(const std::vector<std::string>& locations,
                                             const FetchOptions& options = {});

}  // namespace scrapers
