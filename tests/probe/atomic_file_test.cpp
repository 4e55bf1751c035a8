// Tests for probe/atomic_file.h: whole file or nothing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "probe/atomic_file.h"

namespace fs = std::filesystem;

TEST_CASE("the file is replaced whole and no temporary is left") {
  fs::path dir = fs::temp_directory_path() / ("probe-atomic-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path out = dir / "record.json";
  REQUIRE_FALSE(probe::write_file_atomically(out.string(), "old\n"));
  REQUIRE_FALSE(probe::write_file_atomically(out.string(), "new\n"));
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "new\n");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
  fs::remove_all(dir);
}

TEST_CASE("an unwritable target is an error naming it, and the old file stays") {
  auto error = probe::write_file_atomically("/nonexistent-dir/record.json", "x");
  REQUIRE(error);
  CHECK(error->code == core::ErrorCode::io);
  CHECK(error->position.file == "/nonexistent-dir/record.json");
}
