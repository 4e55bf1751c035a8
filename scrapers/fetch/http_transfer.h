// HTTP(S) transfers through libcurl multi: several URLs in parallel, limits enforced; tested in tests/scrapers/fetch_test.cpp.
#pragma once
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
};

// One response per request, in order. Timeouts, the size limit, the redirect limit and
// the http/https-only rule come from `options`.
std::vector<HttpResponse> transfer_all(const std::vector<HttpRequest>& requests, const FetchOptions& options);

}  // namespace scrapers::net
