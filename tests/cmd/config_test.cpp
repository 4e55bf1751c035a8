// End-to-end tests of .factcheck.json: found upward from the checked file, fail_on and disable applied, broken files loud.
#include "run_factcheck.h"

using cmd_test::check;
using cmd_test::contains;
using cmd_test::fixture;
using cmd_test::read_file;
using cmd_test::TempDir;
using cmd_test::write_file;

namespace {

// A project with the config at its root and the article two folders down.
struct Project {
  TempDir dir;
  std::string article;
  std::string config;
  Project(const std::string& config_text, const std::string& fixture_name) {
    config = (dir / ".factcheck.json").string();
    write_file(config, config_text);
    article = (dir / "posts/2026" / fixture_name).string();
    write_file(article, read_file(fixture(fixture_name)));
  }
};

}  // namespace

TEST_CASE("fail_on in a config found upward applies", "[config]") {
  Project p("{\"fail_on\": \"warning\"}\n", "warning.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  // The flag still wins over the file.
  CHECK(check({"--fail-on", "error", p.article}).rc == 0);
}

TEST_CASE("disable in the config turns a rule off", "[config]") {
  Project p("{\"disable\": [\"catalog-value-mismatch\"]}\n", "wrong.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 0);
  CHECK_FALSE(contains(r.out, "catalog-value-mismatch"));
  // Without the config the same article fails.
  TempDir elsewhere;
  write_file(elsewhere / "wrong.md", read_file(fixture("wrong.md")));
  CHECK(check({(elsewhere / "wrong.md").string()}).rc == 1);
}

TEST_CASE("--config names the file explicitly", "[config]") {
  TempDir dir;
  write_file(dir / "strict.json", "{\"fail_on\": \"warning\"}\n");
  CHECK(check({"--config", (dir / "strict.json").string(), fixture("warning.md")}).rc == 1);
}

TEST_CASE("a config with bad JSON is an error naming file:line:col, exit 2", "[config]") {
  Project p("{\n  \"fail_on\": \"warning\",\n  \"disable\": [\n", "clean.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, p.config + ":4:1: error: invalid JSON"));
  CHECK(r.out.empty());  // nothing is checked with a broken config
}

TEST_CASE("a config with an unknown key is an error at the key", "[config]") {
  Project p("{\n  \"fail_on\": \"warning\",\n  \"colour\": true\n}\n", "clean.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, p.config + ":3:3: error: unknown key \"colour\""));
}

TEST_CASE("a config disabling an unknown rule is an error", "[config]") {
  Project p("{\n  \"disable\": [\"no-such-rule\"]\n}\n", "clean.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, p.config + ":2:3: error: unknown rule \"no-such-rule\""));
}

TEST_CASE("a config with a wrong value type is an error", "[config]") {
  Project p("{\"fail_on\": \"sometimes\"}\n", "clean.md");
  auto r = check({p.article});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 2);
  CHECK(contains(r.err, p.config + ":1:2: error:"));
  CHECK(contains(r.err, "fail_on"));
}

TEST_CASE("for stdin the config is looked for from the working directory", "[config]") {
  Project p("{\"fail_on\": \"warning\"}\n", "clean.md");
  const std::string article = read_file(fixture("warning.md"));
  auto r = check({"-"}, article, p.dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  TempDir elsewhere;
  CHECK(check({"-"}, article, elsewhere.path()).rc == 0);
}

TEST_CASE("catalog_paths adds a publication's own records; a clashing id makes the catalog unavailable", "[config]") {
  const std::string record =
      "{\"id\": \"nvidia-geforce-rtx-4090\", \"name\": \"NVIDIA GeForce RTX 4090\", \"vendor\": \"nvidia\",\n"
      " \"segment\": \"consumer\", \"aliases\": [\"RTX 4090\", \"GeForce RTX 4090\"],\n"
      " \"sources\": {\"nv\": {\"kind\": \"vendor\", \"title\": \"GeForce RTX 4090 specifications\",\n"
      "   \"url\": \"https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/\"}},\n"
      " \"fields\": {\"memory_size\": {\"value\": 24, \"unit\": \"GB\", \"source\": \"nv\"}}}\n";
  const std::string article = "# Notes\n\nThe RTX 4090 has 32 GB of GDDR6X memory.\n";
  Project p("{\"catalog_paths\": [\"extra\"]}\n", "clean.md");
  write_file(p.dir / "extra/nvidia/nvidia-geforce-rtx-4090.json", record);
  write_file(p.dir / "posts/rtx.md", article);
  auto r = check({(p.dir / "posts/rtx.md").string()});
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);
  CHECK(contains(r.out, "[catalog-value-mismatch]"));
  // Without the extra records the GPU is unknown: an info, not an error.
  TempDir elsewhere;
  write_file(elsewhere / "rtx.md", article);
  auto unknown = check({(elsewhere / "rtx.md").string()});
  CHECK(unknown.rc == 0);
  CHECK(contains(unknown.out, "[catalog-unverifiable]"));
  // An extra record whose id the main catalog already has is refused.
  write_file(p.dir / "extra/nvidia/nvidia-l4.json", read_file(fixture("catalog/nvidia/nvidia-l4.json")));
  auto clash = check({(p.dir / "posts/rtx.md").string()});
  CHECK(clash.rc == 3);
  CHECK(contains(clash.err, "nvidia-l4"));
}
