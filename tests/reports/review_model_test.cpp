// Tests reports/review_model: one card per span with the strongest finding leading, one mark per claim.
#include <catch2/catch.hpp>

#include "reports/review_model.h"
#include "sample_reports.h"

namespace {
core::Finding at(size_t b, size_t e, core::Severity s, core::Verdict v, std::string expected) {
  core::Finding f;
  f.span = {b, e};
  f.severity = s;
  f.verdict = v;
  f.expected = std::move(expected);
  return f;
}
}  // namespace

TEST_CASE("several rules on one span give one group led by the strongest") {
  core::FileReport file;
  file.source = std::make_shared<core::Source>("a.md", "It has 16 GB and 75 W.\n");
  file.findings = {at(7, 12, core::Severity::warning, core::Verdict::inconsistent, "20 GB"),
                   at(7, 12, core::Severity::error, core::Verdict::inconsistent, "24 GB"),
                   at(7, 12, core::Severity::error, core::Verdict::refuted, "24 GB"),
                   at(17, 21, core::Severity::info, core::Verdict::explained, "")};
  const auto model = reports::review_model(file);
  REQUIRE(model.groups.size() == 2);
  CHECK(model.groups[0].lead == 2);
  CHECK(model.groups[0].others == std::vector<size_t>{1, 0});
  CHECK(model.groups[1].lead == 3);
  // No claims handed over: each group still gets a mark, so every card links somewhere.
  REQUIRE(model.marks.size() == 2);
  CHECK_FALSE(model.marks[0].claim);
  CHECK(model.marks[0].verdict == core::Verdict::refuted);
  CHECK(model.groups[0].mark == 0);
  CHECK(model.groups[1].mark == 1);
}

TEST_CASE("claims without findings are supported when checkable, else unverifiable") {
  const auto files = sample::reports();
  const auto model = reports::review_model(files[0]);
  CHECK(model.marks.size() == files[0].claims.size());  // every finding's span is a claim's
  size_t supported = 0, unverifiable = 0;
  for (const auto& m : model.marks) {
    CHECK(m.claim);
    supported += m.verdict == core::Verdict::supported;
    unverifiable += m.verdict == core::Verdict::unverifiable;
  }
  CHECK(supported == 2);     // 72 W and 80 GB
  CHECK(unverifiable == 1);  // 48 GB of an unknown GPU, which has its own finding
  // Outer before inner: "384-bit bus and 1.2 TB/s" holds "1.2 TB/s".
  const std::string& bytes = files[0].source->bytes();
  for (size_t i = 0; i + 1 < model.marks.size(); ++i) {
    if (bytes.substr(model.marks[i].span.begin, model.marks[i].span.size()) == "384-bit bus and 1.2 TB/s") {
      CHECK(bytes.substr(model.marks[i + 1].span.begin, model.marks[i + 1].span.size()) == "1.2 TB/s");
    }
  }
  // 75 W: the refuted catalog finding leads, the consistency finding rides along.
  bool found = false;
  for (const auto& g : model.groups) {
    if (files[0].findings[g.lead].claimed != "75 W") continue;
    found = true;
    CHECK(files[0].findings[g.lead].rule == "catalog-value-mismatch");
    REQUIRE(g.others.size() == 1);
    CHECK(files[0].findings[g.others[0]].rule == "consistency-conflicting-values");
  }
  CHECK(found);
}

TEST_CASE("the review tally counts one finding per span") {
  const auto t = reports::review_tally(sample::reports());
  CHECK(t.errors == 3);  // 16 GB, 1.2 TB/s, 75 W (two findings, one card)
  CHECK(t.warnings == 2);
  CHECK(t.infos == 1);
  CHECK(t.input_errors == 1);
}
