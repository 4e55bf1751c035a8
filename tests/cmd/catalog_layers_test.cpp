// End-to-end tests of catalog overlays: catalog_paths honoured by `catalog validate/show/list` as by the check, --catalog adds to the bundled catalog, a directory given twice loads once, a broken overlay is named, --no-config.
#include "run_factcheck.h"

using cmd_test::contains;
using cmd_test::run;
using cmd_test::TempDir;
using cmd_test::write_file;

namespace {

// A GPU the bundled catalog does not have, so seeing it proves the overlay was loaded.
const std::string kRecord =
    "{\"id\": \"nvidia-acme-zx-1\", \"name\": \"Acme ZX-1\", \"vendor\": \"nvidia\", \"segment\": \"datacenter\",\n"
    " \"aliases\": [\"ZX-1\"],\n"
    " \"sources\": {\"ds\": {\"kind\": \"vendor\", \"title\": \"Acme ZX-1 datasheet\",\n"
    "   \"url\": \"https://example.com/zx-1.pdf\"}},\n"
    " \"fields\": {\"memory_size\": {\"value\": 64, \"unit\": \"GB\", \"source\": \"ds\"}}}\n";

struct Project {
  TempDir dir;
  Project(bool with_config = true) {
    write_file(dir / "our-gpus/nvidia/nvidia-acme-zx-1.json", kRecord);
    if (with_config) write_file(dir / ".factcheck.json", "{\"catalog_paths\": [\"our-gpus/\"]}\n");
    write_file(dir / "post.md", "# ZX-1 and L4\n\nThe Acme ZX-1 has 32 GB of HBM3 memory.\n\nThe NVIDIA L4 has 48 GB of GDDR6 memory.\n");
  }
};

}  // namespace

TEST_CASE("catalog validate, show and list honour catalog_paths from .factcheck.json", "[cli][catalog-layers]") {
  Project p;
  auto show = run({"catalog", "show", "ZX-1"}, "", p.dir.path());
  FACTCHECK_INFO(show);
  CHECK(show.rc == 0);
  CHECK(contains(show.out, "Acme ZX-1"));
  auto list = run({"catalog", "list"}, "", p.dir.path());
  CHECK(list.rc == 0);
  CHECK(contains(list.out, "nvidia-acme-zx-1"));
  CHECK(contains(list.out, "nvidia-l4"));  // the bundled catalog is still there
  auto validate = run({"catalog", "validate"}, "", p.dir.path());
  FACTCHECK_INFO(validate);
  CHECK(validate.rc == 0);
  CHECK(contains(validate.out, "our-gpus"));
  // --no-config: the overlay is gone.
  auto without = run({"catalog", "show", "ZX-1", "--no-config"}, "", p.dir.path());
  CHECK(without.rc == 2);
  auto check_without = run({"--no-config", "--no-color", "post.md"}, "", p.dir.path());
  CHECK_FALSE(contains(check_without.out, "ZX-1: 64 GB"));
}

TEST_CASE("--catalog adds to the bundled catalog unless --no-bundled-catalog", "[cli][catalog-layers]") {
  Project p(false);
  auto both = run({"--no-color", "--catalog", "our-gpus", "post.md"}, "", p.dir.path());
  FACTCHECK_INFO(both);
  CHECK(both.rc == 1);
  CHECK(contains(both.out, "post.md:3:19: error: "));  // ZX-1 from the overlay
  CHECK(contains(both.out, "Memory size of NVIDIA L4: 24 GB"));  // L4 from the bundled catalog
  auto only = run({"--no-color", "--no-bundled-catalog", "--catalog", "our-gpus", "post.md"}, "", p.dir.path());
  FACTCHECK_INFO(only);
  CHECK(contains(only.out, "post.md:3:19: error: "));
  CHECK_FALSE(contains(only.out, "NVIDIA L4: 24 GB"));
  auto show = run({"catalog", "show", "ZX-1", "--catalog", "our-gpus"}, "", p.dir.path());
  CHECK(show.rc == 0);
}

TEST_CASE("the same directory given twice is loaded once", "[cli][catalog-layers]") {
  Project p;
  auto r = run({"--no-color", "--catalog", "our-gpus", "--catalog", "./our-gpus/", "post.md"}, "", p.dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 1);  // no "already in" clash, which would be exit 3
  CHECK_FALSE(contains(r.err, "already in"));
  auto claims = run({"claims", "--catalog", "our-gpus", "post.md"}, "", p.dir.path());
  CHECK(claims.rc == 0);
}

TEST_CASE("an error in an overlay names the overlay", "[cli][catalog-layers]") {
  Project p;
  write_file(p.dir / "broken/nvidia/x.json", "{ not json\n");
  auto r = run({"--catalog", "broken", "post.md"}, "", p.dir.path());
  FACTCHECK_INFO(r);
  CHECK(r.rc == 3);
  CHECK(contains(r.err, "broken/nvidia/x.json:"));
  CHECK(contains(r.err, "catalog overlay broken (--catalog) has 1 problem(s)"));
  write_file(p.dir / ".factcheck.json", "{\"catalog_paths\": [\"broken\"]}\n");
  auto c = run({"catalog", "list"}, "", p.dir.path());
  CHECK(c.rc == 3);
  CHECK(contains(c.err, "(catalog_paths in "));
}
