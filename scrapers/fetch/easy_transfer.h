// One HTTP GET on a libcurl easy handle (options, callbacks, the meaning of its answer), for the scheduler in http_transfer.cpp; tested through tests/scrapers/fetch_test.cpp.
#pragma once
#include <curl/curl.h>

#include <string>

#include "scrapers/fetch/fetch.h"
#include "scrapers/fetch/http_transfer.h"

namespace scrapers::net {

// What one hop collects while libcurl runs it. Not copyable: libcurl holds pointers into it.
struct EasyTransfer {
  EasyTransfer() = default;
  EasyTransfer(const EasyTransfer&) = delete;
  EasyTransfer& operator=(const EasyTransfer&) = delete;
  ~EasyTransfer();

  size_t max_bytes = 0;  // the body cap, after decoding
  HttpResponse response;
  std::string retry_after;
  std::string location;  // where a 3xx answer points, made absolute by libcurl
  bool too_large = false;
  curl_slist* headers = nullptr;
  CURL* easy = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
};

// scheme://host:port (lower-cased, the politeness key) and the path with its query,
// through libcurl's own URL parser so both agree on what the URL means.
bool split_url(const std::string& url, std::string& host, std::string& path);

// Sets `t.easy` up for a GET of `r` under `o`: http(s) only, no redirect following (the
// scheduler checks every hop), timeouts, the size cap, TLS verification, conditional headers.
void configure(EasyTransfer& t, const HttpRequest& r, const FetchOptions& o);

// Fills t.response (and t.location for a 3xx) once libcurl is done with `code`; returns
// whether the failure is worth another attempt (timeouts, lost connections, 429, 5xx).
bool finish(EasyTransfer& t, CURLcode code, const FetchOptions& o);

}  // namespace scrapers::net
