// Fetching an input by URL or path into a core::Source (libcurl multi, file://, on-disk cache); tested in tests/scrapers/fetch_test.cpp.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source.h"

namespace scrapers {

struct FetchOptions {
  long connect_timeout_ms = 10'000;
  long timeout_ms = 60'000;               // whole transfer
  // A transfer slower than low_speed_bytes per second for low_speed_seconds is given up
  // (a server that drips bytes would otherwise hold a slot until the total timeout).
  long low_speed_bytes = 512;
  long low_speed_seconds = 15;
  size_t max_bytes = 32 * 1024 * 1024;    // larger bodies (after decoding) are refused, not truncated
  long max_redirects = 5;
  std::string cache_dir;                  // empty: no cache
  bool offline = false;                   // URLs come from the cache only
  std::string user_agent = "factcheck/1 (GPU spec fact-checker)";
  size_t max_parallel = 8;                // transfers at once
  size_t max_per_host = 2;                // of those, to one host
  long host_delay_ms = 0;                 // between the starts of two transfers to one host
  bool honour_robots = true;              // robots.txt per RFC 9309, fetched once per host
  int max_retries = 3;                    // on timeouts, connection failures, 429 and 5xx
  long retry_base_ms = 500;               // backoff: base x 2^attempt, with jitter
  long retry_max_ms = 30'000;             // no wait (Retry-After included) is longer
  // Requests waiting in host queues at once (0: 8 x max_parallel). The rest are read from
  // the caller's list only when a slot nears, so a list of any length costs this many.
  size_t queue_window = 0;
};

struct Fetched {
  core::Source source;      // name: the URL or path exactly as given
  std::string format_hint;  // the Content-Type for URLs ("" for files): pass to read_document
  std::string final_url;    // after redirects
  long status = 0;          // HTTP status of the answer used (200, or 304 when revalidated)
  bool from_cache = false;  // the body came from the cache (revalidated or offline)
  std::string etag;         // validators of the answer, for the audit's fetch history
  std::string last_modified;
  int attempts = 1;         // 1 + retries
  double elapsed_ms = 0;    // from the first attempt's start to the answer
};

// http:// and https:// (the only schemes followed, redirects included).
bool is_url(std::string_view location);

// One input: a URL, a file:// URL, or a path. Errors name the location: `unavailable` for
// network and HTTP failures (status, timeout, too large, too many redirects, robots.txt),
// `io` for files.
//
// With a cache_dir, each URL's body and validators are kept under a name derived from the
// URL; a later fetch sends If-None-Match / If-Modified-Since and a 304 answer reuses the
// stored body, so an audit of many pages costs little when they have not changed.
core::Result<Fetched> fetch(const std::string& location, const FetchOptions& options = {});

// Several inputs; URLs are transferred in parallel (libcurl multi). Results are in the
// order of `locations`, one per location; a failure does not stop the others.
std::vector<core::Result<Fetched>> fetch_all(const std::vector<std::string>& locations,
                                             const FetchOptions& options = {});

// Like fetch_all, but hands each result to `on_done(index, result)` as soon as it is
// there (files first, then URLs in completion order), so a caller that processes and drops
// each page keeps memory flat however many pages there are.
using FetchCallback = std::function<void(size_t index, core::Result<Fetched>&& result)>;
void fetch_each(const std::vector<std::string>& locations, const FetchOptions& options, const FetchCallback& on_done);
// The same over `count` locations that `location_of(index)` gives when they are needed, so
// the caller keeps no second list.
void fetch_each(size_t count, const std::function<std::string(size_t)>& location_of, const FetchOptions& options,
                const FetchCallback& on_done);

}  // namespace scrapers
