// Tests scrapers/fetch against a real HTTP server on 127.0.0.1 (tests/fixtures/scrapers/http_server.py) and local files.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

#include "document_dump.h"
#include "scrapers/fetch/fetch.h"
#include "scrapers/fetch/http_transfer.h"
#include "scrapers/fetch/retry_delay.h"
#include "scrapers/fetch/page_health.h"
#include "scrapers/read/read_document.h"
#include "tests/local_server.h"

namespace {

// The fixture server for one test (tests/fixtures/scrapers/http_server.py).
class LocalHttpServer : public test_support::LocalServer {
 public:
  LocalHttpServer() : LocalServer(scrapers_test::fixture_path("http_server.py")) {}
};

// A number the fixture server reports about what it saw (/gap/..., /slow-peak).
double server_number(const LocalHttpServer& server, const std::string& path) {
  auto f = scrapers::fetch(server.url(path));
  REQUIRE(f.ok());
  return std::stod(std::string(f->source.bytes()));
}

std::string temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("factcheck-fetch-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  return dir.string();
}

}  // namespace

TEST_CASE("fetch: a page over HTTP becomes a Source named by its URL, read by its Content-Type") {
  LocalHttpServer server;
  std::string url = server.url("/article.md");
  auto f = scrapers::fetch(url);
  REQUIRE(f.ok());
  CHECK(f->status == 200);
  CHECK(f->source.name() == url);
  CHECK(f->format_hint == "text/markdown; charset=utf-8");
  CHECK_FALSE(f->from_cache);
  auto doc = scrapers::read_document(std::move(f->source), f->format_hint);
  REQUIRE(doc.ok());
  CHECK(doc->format == "markdown");
  CHECK(doc->title == "RTX 4070 vs. L4: a test article");
}

TEST_CASE("fetch: redirects are followed up to the limit") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.max_redirects = 3;
  auto ok = scrapers::fetch(server.url("/redirect/2"), options);
  REQUIRE(ok.ok());
  CHECK(ok->final_url == server.url("/page.html"));
  CHECK(ok->source.name() == server.url("/redirect/2"));
  auto too_many = scrapers::fetch(server.url("/redirect/5"), options);
  REQUIRE_FALSE(too_many.ok());
  CHECK(too_many.error().code == core::ErrorCode::unavailable);
  CHECK(too_many.error().message.find("redirects") != std::string::npos);
  CHECK(too_many.error().position.file == server.url("/redirect/5"));
}

TEST_CASE("fetch: size limit, timeout and HTTP errors are errors naming the URL") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.max_bytes = 1024 * 1024;
  options.timeout_ms = 800;
  options.max_retries = 0;  // a timeout is retried by default; here it must surface
  auto big = scrapers::fetch(server.url("/big"), options);
  REQUIRE_FALSE(big.ok());
  CHECK(big.error().message.find("larger than the limit") != std::string::npos);
  auto slow = scrapers::fetch(server.url("/slow"), options);
  REQUIRE_FALSE(slow.ok());
  CHECK(slow.error().message.find("timed out") != std::string::npos);
  auto missing = scrapers::fetch(server.url("/nothing-here.md"), options);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("404") != std::string::npos);
  CHECK(missing.error().format().find(server.url("/nothing-here.md")) == 0);
}

TEST_CASE("fetch: several URLs in parallel keep their order") {
  LocalHttpServer server;
  std::vector<std::string> urls = {server.url("/page.html"), server.url("/nothing.txt"), server.url("/datasheet.pdf"),
                                   scrapers_test::fixture_path("page.txt")};
  auto results = scrapers::fetch_all(urls);
  REQUIRE(results.size() == 4);
  REQUIRE(results[0].ok());
  CHECK(results[0]->format_hint.rfind("text/html", 0) == 0);
  CHECK_FALSE(results[1].ok());
  REQUIRE(results[2].ok());
  CHECK(results[2]->format_hint == "application/pdf");
  CHECK(results[2]->source.bytes().rfind("%PDF-", 0) == 0);
  REQUIRE(results[3].ok());
  CHECK(results[3]->source.name() == scrapers_test::fixture_path("page.txt"));
}

TEST_CASE("fetch: a long list is read a window at a time; every location is answered once, files and URLs mixed") {
  LocalHttpServer server;
  scrapers::FetchOptions o;
  o.queue_window = 1;  // the smallest window: each refill must keep the run going
  o.max_parallel = 2;
  o.honour_robots = false;
  const size_t n = 25;
  std::vector<int> answered(n, 0);
  std::vector<bool> ok(n, false);
  size_t asked = 0;
  scrapers::fetch_each(
      n,
      [&](size_t i) {
        ++asked;
        if (i % 5 == 4) return scrapers_test::fixture_path("page.txt");
        return server.url(i % 7 == 3 ? "/nothing.txt" : "/page.html");
      },
      o, [&](size_t i, core::Result<scrapers::Fetched>&& r) {
        REQUIRE(i < n);
        ++answered[i];
        ok[i] = r.ok();
      });
  for (size_t i = 0; i < n; ++i) {
    INFO("location " << i);
    CHECK(answered[i] == 1);
    CHECK(ok[i] == (i % 5 == 4 || i % 7 != 3));
  }
  CHECK(asked >= n);
}

TEST_CASE("fetch: the cache revalidates with ETag and serves 304s from disk") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.cache_dir = temp_dir("cache");
  std::string url = server.url("/page.html");
  auto first = scrapers::fetch(url, options);
  REQUIRE(first.ok());
  CHECK_FALSE(first->from_cache);
  auto second = scrapers::fetch(url, options);
  REQUIRE(second.ok());
  CHECK(second->from_cache);
  CHECK(second->status == 304);
  CHECK(second->source.bytes() == first->source.bytes());
  CHECK(second->format_hint == first->format_hint);
  auto hits = scrapers::fetch(server.url("/hits/page.html"));
  REQUIRE(hits.ok());
  CHECK(hits->source.bytes() == "2");  // both requests reached the server

  scrapers::FetchOptions offline = options;
  offline.offline = true;
  auto third = scrapers::fetch(url, offline);
  REQUIRE(third.ok());
  CHECK(third->from_cache);
  auto unknown = scrapers::fetch(server.url("/page.txt"), offline);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.find("offline") != std::string::npos);
  std::filesystem::remove_all(options.cache_dir);
}

TEST_CASE("fetch: file:// URLs and plain paths read from disk") {
  std::string path = scrapers_test::fixture_path("page.txt");
  auto plain = scrapers::fetch(path);
  REQUIRE(plain.ok());
  CHECK(plain->source.name() == path);
  CHECK(plain->format_hint.empty());
  auto file_url = scrapers::fetch("file://" + path);
  REQUIRE(file_url.ok());
  CHECK(file_url->source.bytes() == plain->source.bytes());
  auto missing = scrapers::fetch("/no/such/file.md");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == core::ErrorCode::io);
  CHECK(missing.error().position.file == "/no/such/file.md");
  auto ftp = scrapers::fetch("ftp://example.com/x.md");
  REQUIRE_FALSE(ftp.ok());
  CHECK(ftp.error().code == core::ErrorCode::usage);
}

TEST_CASE("fetch: a gzip-encoded answer is decoded") {
  LocalHttpServer server;
  auto plain = scrapers::fetch(server.url("/page.html"));
  auto zipped = scrapers::fetch(server.url("/gzip"));
  REQUIRE(plain.ok());
  REQUIRE(zipped.ok());
  CHECK(zipped->source.bytes() == plain->source.bytes());
}

TEST_CASE("fetch: a 500 then 200 is retried; 429 waits for Retry-After, in seconds or as an HTTP-date") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.retry_base_ms = 50;
  auto flaky = scrapers::fetch(server.url("/flaky/a"), options);
  REQUIRE(flaky.ok());
  CHECK(flaky->status == 200);
  CHECK(flaky->attempts == 2);
  auto limited = scrapers::fetch(server.url("/limited/a"), options);
  REQUIRE(limited.ok());
  CHECK(limited->attempts == 2);
  // Retry-After: 1, not the 50 ms backoff: the server saw the retry a second after the 429.
  CHECK(server_number(server, "/gap/limited/a") >= 0.95);
  auto dated = scrapers::fetch(server.url("/limited-date/a"), options);
  REQUIRE(dated.ok());
  CHECK(dated->attempts == 2);
  options.max_retries = 0;
  auto no_retry = scrapers::fetch(server.url("/flaky/b"), options);
  REQUIRE_FALSE(no_retry.ok());
  CHECK(no_retry.error().message.find("500") != std::string::npos);
}

TEST_CASE("fetch: retry delays back off exponentially with jitter and honour Retry-After") {
  using scrapers::net::retry_delay_ms;
  CHECK(retry_delay_ms(1, "", 500, 30'000, 1.0, 0) == 500);
  CHECK(retry_delay_ms(3, "", 500, 30'000, 1.0, 0) == 2000);
  CHECK(retry_delay_ms(3, "", 500, 30'000, 0.5, 0) == 1000);
  CHECK(retry_delay_ms(20, "", 500, 30'000, 1.0, 0) == 30'000);
  CHECK(retry_delay_ms(1, "7", 500, 30'000, 0.5, 0) == 7000);
  CHECK(retry_delay_ms(1, "99999", 500, 30'000, 1.0, 0) == 30'000);
  // Sun, 06 Nov 1994 08:49:37 GMT is 784111777.
  CHECK(retry_delay_ms(1, "Sun, 06 Nov 1994 08:49:37 GMT", 500, 30'000, 1.0, 784111775) == 2000);
  CHECK(retry_delay_ms(1, "not a date", 500, 30'000, 1.0, 0) == 500);
}

TEST_CASE("fetch: a redirect loop, a redirect to file:// and a dripping server are errors") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.max_retries = 0;
  auto loop = scrapers::fetch(server.url("/loop"), options);
  REQUIRE_FALSE(loop.ok());
  CHECK(loop.error().message.find("redirects") != std::string::npos);
  CHECK(loop.error().message.find("redirect 6 from " + server.url("/loop")) != std::string::npos);
  auto to_file = scrapers::fetch(server.url("/to-file"), options);
  REQUIRE_FALSE(to_file.ok());
  CHECK(to_file.error().message.find("http and https") != std::string::npos);
  CHECK(to_file.error().message.find("redirect 1 from " + server.url("/to-file") + " to file:///etc/passwd") !=
        std::string::npos);
  options.low_speed_bytes = 100;
  options.low_speed_seconds = 1;
  // The total timeout outlasts the drip: only the low-speed limit can end it as an error.
  options.timeout_ms = 120'000;
  auto drip = scrapers::fetch(server.url("/drip"), options);
  REQUIRE_FALSE(drip.ok());
  CHECK(drip.error().message.find("timed out") != std::string::npos);
}

TEST_CASE("fetch: robots.txt is honoured, longest match first") {
  LocalHttpServer server;
  auto secret = scrapers::fetch(server.url("/private/secret.html"));
  REQUIRE_FALSE(secret.ok());
  CHECK(secret.error().message.find("robots.txt") != std::string::npos);
  auto open = scrapers::fetch(server.url("/private/open.html"));  // Allow is longer: asked for, and not there
  REQUIRE_FALSE(open.ok());
  CHECK(open.error().message.find("404") != std::string::npos);
  scrapers::FetchOptions ignore;
  ignore.honour_robots = false;
  auto ignored = scrapers::fetch(server.url("/private/secret.html"), ignore);
  REQUIRE_FALSE(ignored.ok());
  CHECK(ignored.error().message.find("404") != std::string::npos);
}

TEST_CASE("fetch: a block page and invalid UTF-8 arrive as they are; health and the reader say what is wrong") {
  LocalHttpServer server;
  auto block = scrapers::fetch(server.url("/block"));
  REQUIRE(block.ok());
  std::string why;
  CHECK(scrapers::page_health(block->source.bytes(), &why) == scrapers::PageHealth::block_page);
  CHECK(why.find("captcha") != std::string::npos);
  CHECK(scrapers::page_health("   \n") == scrapers::PageHealth::empty);
  CHECK(scrapers::page_health("<html><body> </body></html>") == scrapers::PageHealth::empty);
  auto page = scrapers::fetch(server.url("/page.html"));
  REQUIRE(page.ok());
  CHECK(scrapers::page_health(page->source.bytes()) == scrapers::PageHealth::ok);
  auto bad = scrapers::fetch(server.url("/invalid-utf8"));
  REQUIRE(bad.ok());
  CHECK(scrapers::page_health(bad->source.bytes()) == scrapers::PageHealth::ok);
  auto doc = scrapers::read_document(std::move(bad->source), bad->format_hint);
  REQUIRE(doc.ok());
  REQUIRE(doc->warnings.size() == 1);
  CHECK(doc->warnings[0].code == core::ErrorCode::encoding);
}

TEST_CASE("fetch: at most max_per_host transfers to one host, max_parallel in all, results keep their order") {
  LocalHttpServer server;
  scrapers::FetchOptions options;
  options.max_parallel = 8;
  options.max_per_host = 2;
  options.timeout_ms = 20'000;
  // Four 3-second pages: the server counts how many it was answering at once.
  std::vector<std::string> urls(4, server.url("/slow"));
  auto results = scrapers::fetch_all(urls, options);
  for (const auto& r : results) CHECK(r.ok());
  CHECK(server_number(server, "/slow-peak") == 2);
}

namespace {

std::string percent_encoded(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

// A URL on `server` that answers 302 to `target`.
std::string redirect_to(const LocalHttpServer& server, const std::string& target) {
  return server.url("/goto?to=" + percent_encoded(target));
}

}  // namespace

TEST_CASE("fetch: every redirect hop is checked against its own host's robots.txt, not only the first URL") {
  LocalHttpServer first, second;
  scrapers::FetchOptions options;
  options.max_retries = 0;
  // Same host: the first URL is allowed, the hop into /private/ is not.
  auto same = scrapers::fetch(redirect_to(first, "/private/secret.html"), options);
  REQUIRE_FALSE(same.ok());
  CHECK(same.error().message.find("robots.txt") != std::string::npos);
  CHECK(same.error().message.find("redirect 1 from " + redirect_to(first, "/private/secret.html") + " to " +
                                  first.url("/private/secret.html")) != std::string::npos);
  // Another host: its robots.txt is fetched and decides.
  auto other = scrapers::fetch(redirect_to(first, second.url("/private/secret.html")), options);
  REQUIRE_FALSE(other.ok());
  std::string second_host = second.url("");
  CHECK(other.error().message.find("disallowed by " + second_host + "/robots.txt") != std::string::npos);
  // An allowed hop to another host and back arrives, and names where it ended.
  auto round_trip = scrapers::fetch(redirect_to(first, redirect_to(second, first.url("/page.html"))), options);
  REQUIRE(round_trip.ok());
  CHECK(round_trip->status == 200);
  CHECK(round_trip->final_url == first.url("/page.html"));
  // Ignoring robots.txt lets the same hop through to the 404 behind it.
  options.honour_robots = false;
  auto ignored = scrapers::fetch(redirect_to(first, second.url("/private/secret.html")), options);
  REQUIRE_FALSE(ignored.ok());
  CHECK(ignored.error().message.find("404") != std::string::npos);
}

TEST_CASE("fetch: a redirect off http(s) is refused at whichever hop it happens, and the cap counts hops across hosts") {
  LocalHttpServer first, second;
  scrapers::FetchOptions options;
  options.max_retries = 0;
  std::string second_hop = redirect_to(second, "ftp://127.0.0.1/x.md");
  auto ftp = scrapers::fetch(redirect_to(first, second_hop), options);
  REQUIRE_FALSE(ftp.ok());
  CHECK(ftp.error().message.find("redirect 2 from " + second_hop + " to ftp://127.0.0.1/x.md refused") !=
        std::string::npos);
  CHECK(ftp.error().message.find("http and https") != std::string::npos);
  CHECK(ftp.error().position.file == redirect_to(first, second_hop));
  // Two hops on each host, four in all: within a cap of four, over a cap of three.
  std::string chain = redirect_to(first, redirect_to(second, redirect_to(first, redirect_to(second, first.url("/page.html")))));
  options.max_redirects = 4;
  auto within = scrapers::fetch(chain, options);
  REQUIRE(within.ok());
  CHECK(within->final_url == first.url("/page.html"));
  options.max_redirects = 3;
  auto over = scrapers::fetch(chain, options);
  REQUIRE_FALSE(over.ok());
  CHECK(over.error().message.find("more than 3 redirects (redirect 4 from ") != std::string::npos);
}
