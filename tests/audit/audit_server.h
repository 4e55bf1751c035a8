// Shared by tests/audit/: starts tests/fixtures/audit/serve_dir.py on a folder for one test and stops it by its pid.
#pragma once
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

extern char** environ;

namespace audit_test {

class DirServer {
 public:
  explicit DirServer(const std::string& dir) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::string script = std::string(FACTCHECK_FIXTURES) + "/audit/serve_dir.py";
    std::string folder = dir;
    char* argv[] = {const_cast<char*>("python3"), const_cast<char*>("-u"), script.data(), folder.data(), nullptr};
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
  ~DirServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  DirServer(const DirServer&) = delete;
  DirServer& operator=(const DirServer&) = delete;
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace audit_test
