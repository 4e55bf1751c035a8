// Shared by tests/cmd/: runs the built factcheck binary (FACTCHECK_BIN) and captures exit code, stdout and stderr; temp dirs.
#pragma once
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cmd_test {

namespace fs = std::filesystem;

inline std::string fixture(const std::string& name) { return (fs::path(FACTCHECK_FIXTURES) / "cmd" / name).string(); }
inline std::string fixture_catalog() { return fixture("catalog"); }

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A fresh directory under /tmp, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "factcheck-cmd-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path_ = name.data();
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

struct Result {
  int rc = -1;
  std::string out;
  std::string err;
};

using Env = std::vector<std::pair<std::string, std::string>>;

// Runs FACTCHECK_BIN with `args` in `cwd` (the test's directory when empty), feeding `input`
// on stdin, with `env` set on top of the test's environment (NO_COLOR and FORCE_COLOR cleared).
inline Result run(const std::vector<std::string>& args, const std::string& input = "", const fs::path& cwd = {},
                  const Env& env = {}) {
  TempDir io;
  const fs::path in_path = io / "stdin", out_path = io / "stdout", err_path = io / "stderr";
  write_file(in_path, input);
  std::vector<std::string> argv_strings{FACTCHECK_BIN};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int in = ::open(in_path.c_str(), O_RDONLY);
    int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0) ::_exit(127);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(127);
    ::unsetenv("FACTCHECK_DATASETS");
    ::unsetenv("NO_COLOR");
    ::unsetenv("FORCE_COLOR");
    for (const auto& [name, value] : env) ::setenv(name.c_str(), value.c_str(), 1);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Result r;
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out_path);
  r.err = read_file(err_path);
  return r;
}

// run() with the fixture catalog first, so no test depends on the bundled data.
inline Result check(std::vector<std::string> args, const std::string& input = "", const fs::path& cwd = {},
                    const Env& env = {}) {
  args.insert(args.begin(), {"--no-bundled-catalog", "--catalog", fixture_catalog()});
  return run(args, input, cwd, env);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace cmd_test

// Prints what the binary said when a check about it fails.
#define FACTCHECK_INFO(r) INFO("exit " << (r).rc << "\n--- stdout\n" << (r).out << "--- stderr\n" << (r).err)
