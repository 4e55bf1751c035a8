// Tests scrapers/fetch against a real HTTP server on 127.0.0.1 (tests/fixtures/scrapers/http_server.py) and local files.
#include <catch2/catch.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "document_dump.h"
#include "scrapers/fetch/fetch.h"
#include "scrapers/read/read_document.h"

extern char** environ;

namespace {

// Starts the fixture server for one test and stops it (by its own pid) at the end.
class LocalHttpServer {
 public:
  LocalHttpServer() {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::string script = scrapers_test::fixture_path("http_server.py");
    char* argv[] = {const_cast<char*>("python3"), const_cast<char*>("-u"), script.data(), nullptr};
    int rc = posix_spawnp(&pid_, "python3", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    REQUIRE(rc == 0);
    FILE* out = fdopen(fds[0], "r");
    REQUIRE(out);
    char line[64] = {};
    REQUIRE(std::fgets(line, sizeof line, out));
    std::fclose(out);
    REQUIRE(std::sscanf(line, "PORT %d", &port_) == 1);
  }
  ~LocalHttpServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

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
  auto start = std::chrono::steady_clock::now();
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
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
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
