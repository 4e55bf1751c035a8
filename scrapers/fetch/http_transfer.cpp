// HTTP(S) transfers through libcurl multi with a per-host scheduler, robots.txt and retries; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/http_transfer.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <random>

#include "scrapers/fetch/robots.h"

namespace scrapers::net {
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  size_t index = 0;
  HttpRequest request;
  std::string host;        // scheme://host:port, the politeness key
  std::string path;        // path and query, for robots.txt
  bool is_robots = false;  // the host's robots.txt, fetched before its pages
  int attempts = 0;
  Clock::time_point first_start{};
  Clock::time_point not_before{};
};

struct Transfer {
  const FetchOptions* options = nullptr;
  Job job;
  HttpResponse response;
  std::string retry_after;
  bool too_large = false;
  curl_slist* headers = nullptr;
  CURL* easy = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
};

struct HostState {
  enum class Robots { unknown, fetching, ready };
  std::deque<Job> queue;
  size_t in_flight = 0;
  Clock::time_point next_start{};
  Robots robots = Robots::unknown;
  RobotsRules rules = RobotsRules::allow_all();
  std::string robots_problem;  // why everything is disallowed, when robots.txt could not be read
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  // Counted after decoding, so a small gzip body cannot inflate past the cap.
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

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
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

void configure(Transfer& t, const FetchOptions& o) {
  CURL* e = t.easy;
  const HttpRequest& r = t.job.request;
  curl_easy_setopt(e, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(e, CURLOPT_MAXREDIRS, o.max_redirects);
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
bool finish(Transfer& t, CURLcode code) {
  HttpResponse& r = t.response;
  char* final_url = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url) r.final_url = final_url;
  char* type = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type) r.content_type = type;
  curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &r.status);
  if (code == CURLE_OK) return r.status == 429 || r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504;
  r.body.clear();
  const FetchOptions& o = *t.options;
  if (t.too_large || code == CURLE_FILESIZE_EXCEEDED) {
    r.error = "response larger than the limit of " + std::to_string(o.max_bytes) + " bytes";
    return false;
  }
  if (code == CURLE_TOO_MANY_REDIRECTS) {
    r.error = "more than " + std::to_string(o.max_redirects) + " redirects";
    return false;
  }
  if (code == CURLE_UNSUPPORTED_PROTOCOL) {
    r.error = "redirect or URL to a scheme other than http and https refused";
    return false;
  }
  r.error = code == CURLE_OPERATION_TIMEDOUT ? "timed out" : (t.error_buffer[0] ? t.error_buffer : curl_easy_strerror(code));
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT || code == CURLE_GOT_NOTHING ||
         code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR || code == CURLE_PARTIAL_FILE;
}

class Scheduler {
 public:
  Scheduler(const FetchOptions& o, const std::function<void(size_t, HttpResponse&&)>& done)
      : o_(o), done_(done), multi_(curl_multi_init(), curl_multi_cleanup), rng_(std::random_device{}()) {}

  void add(size_t index, const HttpRequest& request) {
    Job job;
    job.index = index;
    job.request = request;
    if (!split_url(request.url, job.host, job.path)) {
      HttpResponse r;
      r.error = "not a valid URL";
      done_(index, std::move(r));
      return;
    }
    hosts_[job.host].queue.push_back(std::move(job));
    ++pending_;
  }

  void run() {
    while (pending_ > 0 || !active_.empty()) {
      auto now = Clock::now();
      long wait_ms = start_ready(now);
      int running = 0;
      curl_multi_perform(multi_.get(), &running);
      collect();
      if (pending_ == 0 && active_.empty()) break;
      curl_multi_poll(multi_.get(), nullptr, 0, static_cast<int>(std::clamp(wait_ms, 1L, 100L)), nullptr);
    }
  }

 private:
  // Starts what may start now; returns how long until the next delayed job may.
  long start_ready(Clock::time_point now) {
    long wait_ms = 100;
    for (auto& [key, host] : hosts_) {
      while (active_.size() < std::max<size_t>(1, o_.max_parallel) && host.in_flight < std::max<size_t>(1, o_.max_per_host) &&
             !host.queue.empty()) {
        if (o_.honour_robots && host.robots != HostState::Robots::ready) {
          if (host.robots == HostState::Robots::unknown) start_robots(key, host, now);
          break;
        }
        if (now < host.next_start) {
          wait_ms = std::min(wait_ms, to_ms(host.next_start - now));
          break;
        }
        auto it = std::find_if(host.queue.begin(), host.queue.end(), [&](const Job& j) { return j.not_before <= now; });
        if (it == host.queue.end()) {
          for (const auto& j : host.queue) wait_ms = std::min(wait_ms, to_ms(j.not_before - now));
          break;
        }
        Job job = std::move(*it);
        host.queue.erase(it);
        if (o_.honour_robots && !host.rules.allowed(job.path)) {
          --pending_;
          HttpResponse r;
          r.error = host.robots_problem.empty() ? "disallowed by " + key.substr(0, key.rfind(':')) + "/robots.txt"
                                                : host.robots_problem;
          r.attempts = 0;
          done_(job.index, std::move(r));
          continue;
        }
        start(std::move(job), host, now);
      }
    }
    return wait_ms;
  }

  static long to_ms(Clock::duration d) { return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(d).count()); }

  void start_robots(const std::string& key, HostState& host, Clock::time_point now) {
    host.robots = HostState::Robots::fetching;
    Job job;
    job.is_robots = true;
    job.host = key;
    // key is scheme://host:port; libcurl accepts the explicit default port.
    job.request.url = key + "/robots.txt";
    start(std::move(job), host, now);
  }

  void start(Job job, HostState& host, Clock::time_point now) {
    ++job.attempts;
    if (job.attempts == 1) job.first_start = now;
    auto t = std::make_unique<Transfer>();
    t->options = &o_;
    t->job = std::move(job);
    t->easy = curl_easy_init();
    configure(*t, o_);
    curl_multi_add_handle(multi_.get(), t->easy);
    ++host.in_flight;
    host.next_start = now + std::chrono::milliseconds(o_.host_delay_ms);
    active_.emplace(t->easy, std::move(t));
  }

  void collect() {
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_.get(), &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      auto it = active_.find(msg->easy_handle);
      if (it == active_.end()) continue;
      std::unique_ptr<Transfer> t = std::move(it->second);
      active_.erase(it);
      CURLcode code = msg->data.result;
      bool retryable = finish(*t, code);
      curl_multi_remove_handle(multi_.get(), t->easy);
      curl_easy_cleanup(t->easy);
      curl_slist_free_all(t->headers);
      t->easy = nullptr;
      HostState& host = hosts_[t->job.host];
      --host.in_flight;
      if (t->job.is_robots) {
        robots_done(host, t->response);
        continue;
      }
      auto now = Clock::now();
      if (retryable && t->job.attempts <= o_.max_retries) {
        std::uniform_real_distribution<double> jitter(0.5, 1.0);
        long delay = retry_delay_ms(t->job.attempts, t->retry_after, o_.retry_base_ms, o_.retry_max_ms, jitter(rng_),
                                    static_cast<long>(std::time(nullptr)));
        t->job.not_before = now + std::chrono::milliseconds(delay);
        host.queue.push_front(std::move(t->job));
        continue;
      }
      --pending_;
      HttpResponse r = std::move(t->response);
      if (r.error.empty() && r.status == 0) r.error = "no response";
      r.attempts = t->job.attempts;
      r.elapsed_ms = std::chrono::duration<double, std::milli>(now - t->job.first_start).count();
      done_(t->job.index, std::move(r));
    }
  }

  // RFC 9309 §2.3.1: 2xx is parsed, 4xx means no restrictions, 5xx or no answer means
  // the whole site is off limits until a later run can read it.
  void robots_done(HostState& host, const HttpResponse& r) {
    host.robots = HostState::Robots::ready;
    if (!r.error.empty() || r.status >= 500 || r.status == 0) {
      host.rules = RobotsRules::disallow_all();
      host.robots_problem = "robots.txt could not be read (" + (r.error.empty() ? "HTTP status " + std::to_string(r.status) : r.error) +
                            "), so the whole site counts as disallowed (RFC 9309)";
    }
    else if (r.status >= 200 && r.status < 300) host.rules = RobotsRules::parse(r.body, o_.user_agent);
    else host.rules = RobotsRules::allow_all();
  }

  const FetchOptions& o_;
  const std::function<void(size_t, HttpResponse&&)>& done_;
  std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi_;
  std::map<std::string, HostState> hosts_;
  std::map<CURL*, std::unique_ptr<Transfer>> active_;
  size_t pending_ = 0;
  std::mt19937 rng_;
};

}  // namespace

long retry_delay_ms(int attempt, const std::string& retry_after, long base_ms, long max_ms, double jitter, long now_s) {
  long delay = -1;
  if (!retry_after.empty()) {
    if (std::all_of(retry_after.begin(), retry_after.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      delay = retry_after.size() > 9 ? max_ms : std::stol(retry_after) * 1000;
    } else if (time_t at = curl_getdate(retry_after.c_str(), nullptr); at != -1) {
      delay = std::max(0L, (static_cast<long>(at) - now_s) * 1000);
    }
  }
  if (delay < 0) {
    double backoff = static_cast<double>(base_ms) * static_cast<double>(1L << std::min(attempt - 1, 20));
    delay = static_cast<long>(std::min(backoff, static_cast<double>(max_ms)) * jitter);
  }
  return std::clamp(delay, 0L, max_ms);
}

void transfer_each(const std::vector<HttpRequest>& requests, const FetchOptions& options,
                   const std::function<void(size_t, HttpResponse&&)>& on_done) {
  global_init();
  Scheduler scheduler(options, on_done);
  for (size_t i = 0; i < requests.size(); ++i) scheduler.add(i, requests[i]);
  scheduler.run();
}

}  // namespace scrapers::net
