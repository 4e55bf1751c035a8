// Tests of rules/checker.cpp: every rule run, findings in document order, disabled rules, suppressions applied.
#include <catch2/catch.hpp>

#include "rules/checker.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

// Line 1 holds a wrong comparison, line 2 a wrong value and an unverifiable one, line 3 a wrong ratio.
struct Article {
  Doc doc{"The L4 has higher bandwidth than the RTX 4070.\n"
          "The L4 has 16 GB; the Foo 9000 has 99 GB.\n"
          "The RTX 4090 has 4x the bandwidth of the L4.\n"};
  std::vector<extract::Claim> claims;
  Article() {
    // Deliberately out of document order: the checker sorts.
    auto ratio = doc.relation(extract::ClaimKind::ratio, "memory_bandwidth", "", operand(gpu(k4090)), operand(gpu(kL4)),
                              "4x the bandwidth of the L4");
    ratio.factor = q(4, Unit::times);
    claims.push_back(ratio);
    claims.push_back(doc.value(gpu(kL4), "memory_size", q(16, Unit::GB), "16 GB"));
    claims.push_back(doc.value(unknown("Foo 9000"), "memory_size", q(99, Unit::GB), "99 GB"));
    claims.push_back(doc.relation(extract::ClaimKind::comparison, "memory_bandwidth", "higher", operand(gpu(kL4)),
                                  operand(gpu(k4070)), "higher bandwidth than the RTX 4070"));
  }
};

std::vector<std::string> rules_of(const rules::CheckResult& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) out.push_back(f.rule);
  return out;
}

}  // namespace

TEST_CASE("checker: findings of every rule, in document order, with positions", "[rules][checker]") {
  Article a;
  auto r = rules::check_document(test_catalog(), a.claims, a.doc.source(), {});
  CHECK(r.errors.empty());
  CHECK(rules_of(r) == std::vector<std::string>{"comparison-direction", "catalog-value-mismatch", "catalog-unverifiable",
                                                "ratio-mismatch"});
  REQUIRE(r.findings.size() == 4);
  CHECK(r.findings[0].begin.line == 1);
  CHECK(r.findings[1].begin.line == 2);
  CHECK(r.findings[1].begin.column == 12);
  CHECK(r.findings[1].end.column == 17);
  CHECK(r.findings[1].begin.file == "article.md");
  CHECK(r.findings[2].severity == core::Severity::info);
  CHECK(r.findings[3].begin.line == 3);
}

TEST_CASE("checker: disabled rules do not run", "[rules][checker]") {
  Article a;
  rules::CheckOptions options;
  options.disabled_rules = {"catalog-value-mismatch", "ratio-mismatch"};
  auto r = rules::check_document(test_catalog(), a.claims, a.doc.source(), options);
  CHECK(rules_of(r) == std::vector<std::string>{"comparison-direction", "catalog-unverifiable"});
}

TEST_CASE("checker: suppression comments in the source apply, and bad ones are errors", "[rules][checker]") {
  Doc doc("<!-- factcheck-disable-next-line catalog-value-mismatch -->\n"
          "The L4 has 16 GB; the Foo 9000 has 99 GB.\n"
          "The L4 has 12 GB. <!-- factcheck-disable-next-line no-such-rule -->\n");
  std::vector<extract::Claim> claims{doc.value(gpu(kL4), "memory_size", q(16, Unit::GB), "16 GB"),
                                     doc.value(unknown("Foo 9000"), "memory_size", q(99, Unit::GB), "99 GB"),
                                     doc.value(gpu(kL4), "memory_size", q(12, Unit::GB), "12 GB")};
  auto r = rules::check_document(test_catalog(), claims, doc.source(), {});
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].rule == "catalog-unverifiable");  // the suppression named only value-mismatch
  CHECK(r.findings[1].rule == "catalog-value-mismatch");
  CHECK(r.findings[1].begin.line == 3);
  REQUIRE(r.errors.size() == 1);
  CHECK(fixture::contains(r.errors[0].message, "no-such-rule"));
  CHECK(r.errors[0].position.line == 3);
}

TEST_CASE("checker: no claims, no findings", "[rules][checker]") {
  Doc doc("Nothing to check here.\n");
  auto r = rules::check_document(test_catalog(), {}, doc.source(), {});
  CHECK(r.findings.empty());
  CHECK(r.errors.empty());
}
