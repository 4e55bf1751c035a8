// HTTP(S) transfers through libcurl multi with a per-host scheduler, robots.txt and retries; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/http_transfer.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <random>

#include "scrapers/fetch/easy_transfer.h"
#include "scrapers/fetch/retry_delay.h"
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
  int attempts = 0;        // of this hop: each redirect hop has its own retries
  int redirects = 0;       // hops followed to reach request.url
  std::string via;         // the URL whose answer redirected here, for error messages
  Clock::time_point first_start{};
  Clock::time_point not_before{};
};

// One hop of one job on the wire; heap-allocated so libcurl's pointers to it stay valid.
struct Transfer {
  Job job;
  EasyTransfer easy;
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

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// "http://127.0.0.1:8080", or "https://example.com" when the port is the scheme's own.
std::string site_name(const std::string& host_key) {
  size_t colon = host_key.rfind(':');
  std::string_view port = std::string_view(host_key).substr(colon + 1);
  bool default_port = (host_key.rfind("http://", 0) == 0 && port == "80") || (host_key.rfind("https://", 0) == 0 && port == "443");
  return default_port ? host_key.substr(0, colon) : host_key;
}

bool is_http_host(const std::string& host_key) { return host_key.rfind("http://", 0) == 0 || host_key.rfind("https://", 0) == 0; }

// "redirect 2 from http://a/x to file:///etc/passwd", the words every hop error starts with.
std::string hop_name(const Job& from, const std::string& to) {
  return "redirect " + std::to_string(from.redirects + 1) + " from " + from.request.url + " to " + to;
}

class Scheduler {
 public:
  Scheduler(const FetchOptions& o, const std::function<void(size_t, HttpResponse&&)>& done)
      : o_(o), done_(done), multi_(curl_multi_init(), curl_multi_cleanup), rng_(std::random_device{}()) {}

  void add(size_t index, HttpRequest&& request) {
    Job job;
    job.index = index;
    job.request = std::move(request);
    if (!split_url(job.request.url, job.host, job.path)) {
      HttpResponse r;
      r.error = "not a valid URL";
      done_(index, std::move(r));
      return;
    }
    hosts_[job.host].queue.push_back(std::move(job));
    ++pending_;
  }

  void run(const std::function<bool(HttpRequest&)>& next) {
    const size_t window = o_.queue_window ? o_.queue_window : 8 * std::max<size_t>(1, o_.max_parallel);
    size_t added = 0;
    bool more = true;
    auto refill = [&] {
      // pending_ counts queued and running pages; keep `window` of them waiting at most.
      while (more && pending_ < window + active_.size()) {
        HttpRequest request;
        if (!(more = next(request))) break;
        add(added++, std::move(request));
      }
    };
    refill();
    while (pending_ > 0 || !active_.empty() || more) {
      refill();
      auto now = Clock::now();
      long wait_ms = start_ready(now);
      int running = 0;
      curl_multi_perform(multi_.get(), &running);
      // A finished transfer frees a slot, readies a host's robots.txt or queues a redirect
      // hop: go round at once. Polling then could sleep the whole timeout, for when every
      // transfer has just finished the poll has no socket left to wake it.
      if (collect() > 0) continue;
      if (pending_ == 0 && active_.empty() && !more) break;
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
          r.error = host.robots_problem.empty() ? "disallowed by " + site_name(key) + "/robots.txt"
                                                : host.robots_problem;
          if (job.redirects > 0) {
            r.error = "redirect " + std::to_string(job.redirects) + " from " + job.via + " to " + job.request.url + ": " + r.error;
          }
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
    if (job.first_start == Clock::time_point{}) job.first_start = now;  // the first hop's first attempt
    auto t = std::make_unique<Transfer>();
    t->job = std::move(job);
    t->easy.max_bytes = o_.max_bytes;
    t->easy.easy = curl_easy_init();
    configure(t->easy, t->job.request, o_);
    curl_multi_add_handle(multi_.get(), t->easy.easy);
    ++host.in_flight;
    host.next_start = now + std::chrono::milliseconds(o_.host_delay_ms);
    active_.emplace(t->easy.easy, std::move(t));
  }

  // Handles the transfers libcurl has finished; returns how many.
  size_t collect() {
    size_t finished = 0;
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_.get(), &queued)) {
      if (msg->msg != CURLMSG_DONE) continue;
      auto it = active_.find(msg->easy_handle);
      if (it == active_.end()) continue;
      ++finished;
      std::unique_ptr<Transfer> t = std::move(it->second);
      active_.erase(it);
      CURLcode code = msg->data.result;
      bool retryable = finish(t->easy, code, o_);
      curl_multi_remove_handle(multi_.get(), t->easy.easy);
      HostState& host = hosts_[t->job.host];
      --host.in_flight;
      auto now = Clock::now();
      if (t->job.is_robots) {
        if (!t->easy.location.empty()) robots_redirected(std::move(t->job), t->easy.location, host, now);
        else robots_done(host, t->easy.response);
        continue;
      }
      if (!t->easy.location.empty()) {
        follow(std::move(t->job), t->easy.location);
        continue;
      }
      if (retryable && t->job.attempts <= o_.max_retries) {
        std::uniform_real_distribution<double> jitter(0.5, 1.0);
        long delay = retry_delay_ms(t->job.attempts, t->easy.retry_after, o_.retry_base_ms, o_.retry_max_ms, jitter(rng_),
                                    static_cast<long>(std::time(nullptr)));
        t->job.not_before = now + std::chrono::milliseconds(delay);
        host.queue.push_front(std::move(t->job));
        continue;
      }
      --pending_;
      HttpResponse r = std::move(t->easy.response);
      if (r.error.empty() && r.status == 0) r.error = "no response";
      r.attempts = t->job.attempts;
      r.elapsed_ms = std::chrono::duration<double, std::milli>(now - t->job.first_start).count();
      done_(t->job.index, std::move(r));
    }
    return finished;
  }

  // The next hop of a page's redirect chain joins its host's queue, so it waits for that
  // host's robots.txt and politeness like any page; a hop past the cap or off http(s) ends
  // the chain with an error that names the hop.
  void follow(Job job, const std::string& location) {
    Job next;
    next.index = job.index;
    next.request = job.request;
    next.request.url = location;
    next.redirects = job.redirects + 1;
    next.via = job.request.url;
    next.first_start = job.first_start;
    std::string problem;
    if (next.redirects > o_.max_redirects) {
      problem = "more than " + std::to_string(o_.max_redirects) + " redirects (" + hop_name(job, location) + ")";
    } else if (!split_url(location, next.host, next.path) || !is_http_host(next.host)) {
      problem = hop_name(job, location) + " refused: only http and https are followed";
    }
    if (problem.empty()) {
      hosts_[next.host].queue.push_front(std::move(next));
      return;
    }
    --pending_;
    HttpResponse r;
    r.error = std::move(problem);
    r.final_url = job.request.url;
    r.attempts = job.attempts;
    done_(job.index, std::move(r));
  }

  // robots.txt may redirect (RFC 9309 §2.3.1.2: follow at least five hops); the rules still
  // belong to the host that was asked, so the job keeps its host key and takes the slot just
  // freed. A chain past the cap or off http(s) counts as "unavailable", which allows all.
  void robots_redirected(Job job, const std::string& location, HostState& host, Clock::time_point now) {
    std::string next_host, next_path;
    if (job.redirects + 1 > o_.max_redirects || !split_url(location, next_host, next_path) || !is_http_host(next_host)) {
      host.robots = HostState::Robots::ready;
      host.rules = RobotsRules::allow_all();
      return;
    }
    job.via = job.request.url;
    job.request.url = location;
    ++job.redirects;
    job.attempts = 0;
    start(std::move(job), host, now);
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

void transfer_each(const std::vector<HttpRequest>& requests, const FetchOptions& options,
                   const std::function<void(size_t, HttpResponse&&)>& on_done) {
  global_init();
  size_t at = 0;
  transfer_each(
      [&](HttpRequest& r) {
        if (at == requests.size()) return false;
        r = requests[at++];
        return true;
      },
      options, on_done);
}

void transfer_each(const std::function<bool(HttpRequest&)>& next, const FetchOptions& options,
                   const std::function<void(size_t, HttpResponse&&)>& on_done) {
  global_init();
  Scheduler scheduler(options, on_done);
  scheduler.run(next);
}

}  // namespace scrapers::net
