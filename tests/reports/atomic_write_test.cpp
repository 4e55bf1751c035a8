// Tests reports/atomic_write: content lands whole, old files are replaced, failures leave nothing.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "reports/atomic_write.h"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir() {
  const fs::path dir = fs::temp_directory_path() / ("factcheck-atomic-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
size_t entries(const fs::path& dir) {
  return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}
}  // namespace

TEST_CASE("writes a new file and replaces an old one, leaving no temporary behind") {
  const fs::path dir = fresh_dir();
  const std::string path = (dir / "report.sarif").string();
  REQUIRE_FALSE(reports::write_file_atomically(path, "first"));
  CHECK(slurp(path) == "first");
  ::chmod(path.c_str(), 0640);
  REQUIRE_FALSE(reports::write_file_atomically(path, std::string(100000, 'x')));
  CHECK(slurp(path).size() == 100000);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);  // kept
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a failure names the path and leaves the directory as it was") {
  const fs::path dir = fresh_dir();
  const std::string path = (dir / "missing-dir" / "report.json").string();
  const auto error = reports::write_file_atomically(path, "x");
  REQUIRE(error);
  CHECK(error->code == core::ErrorCode::io);
  CHECK(error->position.file == path);
  CHECK(entries(dir) == 0);

  // Renaming over a directory fails after the temporary file was written: it must go.
  fs::create_directories(dir / "taken");
  const auto over_dir = reports::write_file_atomically((dir / "taken").string(), "x");
  REQUIRE(over_dir);
  CHECK(entries(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a bare file name writes in the current directory") {
  const fs::path dir = fresh_dir();
  const fs::path old = fs::current_path();
  fs::current_path(dir);
  const auto error = reports::write_file_atomically("out.txt", "here");
  fs::current_path(old);
  REQUIRE_FALSE(error);
  CHECK(slurp(dir / "out.txt") == "here");
  fs::remove_all(dir);
}

TEST_CASE("a file written piece by piece appears whole on commit, and not at all without one") {
  const fs::path dir = fresh_dir();
  const std::string path = (dir / "page.html").string();
  REQUIRE_FALSE(reports::write_file_atomically(path, "old"));
  std::string expected;
  {
    reports::AtomicFile file(path);
    REQUIRE_FALSE(file.error());
    // Small pieces through the buffer and one larger than it, in order.
    for (int i = 0; i < 5000; ++i) {
      std::string piece = "<tr>" + std::to_string(i) + "</tr>\n";
      expected += piece;
      REQUIRE_FALSE(file.append(piece));
    }
    std::string big(100000, 'y');
    expected += big;
    REQUIRE_FALSE(file.append(big));
    REQUIRE_FALSE(file.append("end"));
    expected += "end";
    CHECK(slurp(path) == "old");  // nothing shows before the commit
    REQUIRE_FALSE(file.commit());
  }
  CHECK(slurp(path) == expected);
  CHECK(entries(dir) == 1);
  {
    reports::AtomicFile abandoned(path);
    REQUIRE_FALSE(abandoned.append("half a page"));
  }
  CHECK(slurp(path) == expected);  // dropped without commit: the old file stays, no temporary
  CHECK(entries(dir) == 1);
  reports::AtomicFile nowhere((dir / "missing" / "x.html").string());
  REQUIRE(nowhere.error());
  CHECK(nowhere.append("x"));
  CHECK(nowhere.commit());
  fs::remove_all(dir);
}
