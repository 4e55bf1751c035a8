// HTTP(S) transfers through libcurl multi: parallel, polite per host, robots.txt, retries; tested in tests/scrapers/fetch_test.cpp.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "scrapers/fetch/fetch.h"

namespace scrapers::net {

struct HttpRequest {
  std::string url;
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
};

struct HttpResponse {
  std::string error;  // empty when an HTTP answer arrived (any status)
  long status = 0;
  std::string body;
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string final_url;
  int attempts = 0;
  double elapsed_ms = 0;
};

// Calls `on_done(index, response)` once per request, in completion order. At most
// max_parallel transfers run at once and max_per_host to one host, host_delay_ms apart;
// with honour_robots each host's robots.txt is fetched first and a disallowed URL fails
// without a request. Redirects are followed here, not by libcurl: each hop must be http(s),
// allowed by its own host's robots.txt and within max_redirects, else the request fails
// with an error naming the hop. Timeouts, connection failures, 429 and 5xx are retried
// with exponential backoff and jitter, or after the server's Retry-After (seconds or
// HTTP-date).
void transfer_each(const std::vector<HttpRequest>& requests, const FetchOptions& options,
                   const std::function<void(size_t, HttpResponse&&)>& on_done);
// The same, pulling requests from `next` (false: no more) only while fewer than
// options.queue_window wait, so memory does not grow with the number of requests; indexes
// are the order `next` gave them in, from 0.
void transfer_each(const std::function<bool(HttpRequest&)>& next, const FetchOptions& options,
                   const std::function<void(size_t, HttpResponse&&)>& on_done);

}  // namespace scrapers::net
