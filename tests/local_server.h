// A fixture HTTP server on 127.0.0.1 for one test: starts a Python script that prints "PORT n" and stops it by its own pid; used by tests/scrapers/fetch_test.cpp and tests/audit/.
#pragma once
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

extern char** environ;

namespace test_support {

class LocalServer {
 public:
  // Runs `python3 -u script args...` with its stdout on a pipe, and reads the port it bound.
  explicit LocalServer(const std::string& script, std::vector<std::string> args = {}) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> words{"python3", "-u", script};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    int rc = posix_spawnp(&pid_, "python3", &actions, nullptr, argv.data(), environ);
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
  ~LocalServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  LocalServer(const LocalServer&) = delete;
  LocalServer& operator=(const LocalServer&) = delete;
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace test_support
