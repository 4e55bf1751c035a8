// One libcurl easy transfer: its options, header and body callbacks, and what its answer means; tested through tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/easy_transfer.h"

#include <cctype>
#include <memory>
#include <string_view>

namespace scrapers::net {
namespace {

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<EasyTransfer*>(user);
  size_t n = size * count;
  // Counted after decoding, so a small gzip body cannot inflate past the cap.
  if (t->response.body.size() + n > t->max_bytes) {
    t->too_large = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  t->response.body.append(data, n);
  return n;
}

std::string trimmed(std::string_view v) {
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  return std::string(v);
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<EasyTransfer*>(user);
  size_t n = size * count;
  std::string_view line(data, n);
  // A 100 Continue or a proxy's answer may come before the real one; keep the last one's.
  if (line.substr(0, 5) == "HTTP/") {
    t->response.etag.clear();
    t->response.last_modified.clear();
    t->retry_after.clear();
    return n;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string name(line.substr(0, colon));
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "etag") t->response.etag = trimmed(line.substr(colon + 1));
  else if (name == "last-modified") t->response.last_modified = trimmed(line.substr(colon + 1));
  else if (name == "retry-after") t->retry_after = trimmed(line.substr(colon + 1));
  return n;
}

bool is_redirect(long status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

}  // namespace

EasyTransfer::~EasyTransfer() {
  if (easy) curl_easy_cleanup(easy);
  curl_slist_free_all(headers);
}

// scheme://host:port and the path with its query, through libcurl's own URL parser so
// both agree on what the URL means.
bool split_url(const std::string& url, std::string& host, std::string& path) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> u(curl_url(), curl_url_cleanup);
  if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return false;
  char *scheme = nullptr, *name = nullptr, *port = nullptr, *p = nullptr, *query = nullptr;
  curl_url_get(u.get(), CURLUPART_SCHEME, &scheme, 0);
  curl_url_get(u.get(), CURLUPART_HOST, &name, 0);
  curl_url_get(u.get(), CURLUPART_PORT, &port, CURLU_DEFAULT_PORT);
  curl_url_get(u.get(), CURLUPART_PATH, &p, 0);
  curl_url_get(u.get(), CURLUPART_QUERY, &query, 0);
  bool ok = scheme && name;
  if (ok) {
    host = std::string(scheme) + "://" + name + ":" + (port ? port : "");
    for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    path = p ? p : "/";
    if (query) path += std::string("?") + query;
  }
  curl_free(scheme);
  curl_free(name);
  curl_free(port);
  curl_free(p);
  curl_free(query);
  return ok;
}

void configure(EasyTransfer& t, const HttpRequest& r, const FetchOptions& o) {
  CURL* e = t.easy;
  curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  // The scheduler follows redirects itself, so every hop is checked for its scheme, its
  // host's robots.txt and the cap, and waits its turn under the new host's politeness.
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, o.connect_timeout_ms);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o.timeout_ms);
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, o.low_speed_bytes);
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o.low_speed_seconds);
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_bytes));
  // Verification is never switched off: a page we cannot authenticate is not evidence.
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl can decode
  curl_easy_setopt(e, CURLOPT_USERAGENT, o.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error_buffer);
  curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
  if (!r.etag.empty()) t.headers = curl_slist_append(t.headers, ("If-None-Match: " + r.etag).c_str());
  if (!r.last_modified.empty()) {
    t.headers = curl_slist_append(t.headers, ("If-Modified-Since: " + r.last_modified).c_str());
  }
  if (t.headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
}

// Fills the response; returns whether the failure is worth another attempt.
bool finish(EasyTransfer& t, CURLcode code, const FetchOptions& o) {
  HttpResponse& r = t.response;
  char* final_url = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url) r.final_url = final_url;
  char* type = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) r.content_type = type;
  curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &r.status);
  if (code == CURLE_OK && is_redirect(r.status)) {
    char* location = nullptr;
    if (curl_easy_getinfo(t.easy, CURLINFO_REDIRECT_URL, &location) == CURLE_OK && location) t.location = location;
    return false;
  }
  if (code == CURLE_OK) return r.status == 429 || r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504;
  r.body.clear();
  if (t.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    r.error = "response larger than the limit of " + std::to_string(o.max_bytes) + " bytes";
    return false;
  }
  if (code == CURLE_UNSUPPORTED_PROTOCOL) {
    r.error = "URL with a scheme other than http and https refused";
    return false;
  }
  r.error = code == CURLE_OPERATION_TIMEDOUT ? "timed out" : (t.error_buffer[0] ? t.error_buffer : curl_easy_strerror(code));
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT || code == CURLE_GOT_NOTHING ||
         code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR || code == CURLE_PARTIAL_FILE;
}

}  // namespace scrapers::net
