// HTTP(S) transfers through libcurl multi; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/http_transfer.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

namespace scrapers::net {
namespace {

struct Transfer {
  const FetchOptions* options = nullptr;
  HttpResponse response;
  bool too_large = false;
  curl_slist* headers = nullptr;
  CURL* easy = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->response.body.size() + n > t->options->max_bytes) {
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
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  std::string_view line(data, n);
  // Each response of a redirect chain starts with a status line; keep the last one's.
  if (line.substr(0, 5) == "HTTP/") {
    t->response.etag.clear();
    t->response.last_modified.clear();
    return n;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string name(line.substr(0, colon));
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "etag") t->response.etag = trimmed(line.substr(colon + 1));
  else if (name == "last-modified") t->response.last_modified = trimmed(line.substr(colon + 1));
  return n;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

void configure(Transfer& t, const HttpRequest& r, const FetchOptions& o) {
  CURL* e = t.easy;
  curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(e, CURLOPT_MAXREDIRS, o.max_redirects);
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, o.connect_timeout_ms);
  curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, o.timeout_ms);
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_bytes));
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // whatever this libcurl can decode
  curl_easy_setopt(e, CURLOPT_USERAGENT, o.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error_buffer);
  if (!r.etag.empty()) t.headers = curl_slist_append(t.headers, ("If-None-Match: " + r.etag).c_str());
  if (!r.last_modified.empty()) {
    t.headers = curl_slist_append(t.headers, ("If-Modified-Since: " + r.last_modified).c_str());
  }
  if (t.headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
}

void finish(Transfer& t, CURLcode code) {
  HttpResponse& r = t.response;
  char* final_url = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url) r.final_url = final_url;
  char* type = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) r.content_type = type;
  curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &r.status);
  if (code == CURLE_OK) return;
  r.body.clear();
  if (t.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    r.error = "response larger than the limit of " + std::to_string(t.options->max_bytes) + " bytes";
  } else if (code == CURLE_TOO_MANY_REDIRECTS) {
    r.error = "more than " + std::to_string(t.options->max_redirects) + " redirects";
  } else if (code == CURLE_OPERATION_TIMEDOUT) {
    r.error = "timed out";
  } else {
    r.error = t.error_buffer[0] ? t.error_buffer : curl_easy_strerror(code);
  }
}

}  // namespace

std::vector<HttpResponse> transfer_all(const std::vector<HttpRequest>& requests, const FetchOptions& options) {
  global_init();
  std::vector<std::unique_ptr<Transfer>> transfers;
  std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi(curl_multi_init(), curl_multi_cleanup);
  // A few connections per host at a time: polite to one site, still parallel across sites.
  curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS, 4L);
  for (const auto& r : requests) {
    auto t = std::make_unique<Transfer>();
    t->options = &options;
    t->easy = curl_easy_init();
    configure(*t, r, options);
    curl_easy_setopt(t->easy, CURLOPT_PRIVATE, t.get());
    curl_multi_add_handle(multi.get(), t->easy);
    transfers.push_back(std::move(t));
  }
  auto collect_finished = [&] {
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi.get(), &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      Transfer* t = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char**>(&t));
      if (t) finish(*t, msg->data.result);
    }
  };
  int running = 0;
  do {
    if (curl_multi_perform(multi.get(), &running) != CURLM_OK) break;
    collect_finished();
    if (running > 0) curl_multi_poll(multi.get(), nullptr, 0, 200, nullptr);
  } while (running > 0);
  collect_finished();
  std::vector<HttpResponse> out;
  for (auto& t : transfers) {
    curl_multi_remove_handle(multi.get(), t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
    if (t->response.status == 0 && t->response.error.empty()) t->response.error = "no response";
    out.push_back(std::move(t->response));
  }
  return out;
}

}  // namespace scrapers::net
