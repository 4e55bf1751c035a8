// Tests of arithmetic-wrong-result (rules/arithmetic/wrong_result.cpp): written-out operations and duration conversions.
#include <catch2/catch.hpp>

#include "rules/arithmetic/wrong_result.h"
#include "tests/rules/fixture_catalog.h"

using namespace fixture;
using core::Unit;

namespace {

std::vector<core::Finding> check(const Doc& doc, const extract::Claim& claim) {
  static const rules::ArithmeticWrongResult rule;
  return run(rule, doc, {claim});
}

extract::Claim operation(const Doc& doc, const std::string& expression, const std::string& op, core::Quantity a,
                         core::Quantity b, core::Quantity result) {
  extract::Claim c;
  c.kind = extract::ClaimKind::arithmetic;
  c.field = "arithmetic";
  c.op = op;
  c.operands = {a, b};
  c.result = result;
  c.expression = expression;
  c.span = doc.span_of(expression);
  c.text = expression;
  return c;
}

extract::Claim conversion(const Doc& doc, const std::string& expression, core::Quantity from, core::Quantity to) {
  extract::Claim c;
  c.kind = extract::ClaimKind::arithmetic;
  c.field = "arithmetic";
  c.op = "convert";
  c.operands = {from};
  c.result = to;
  c.expression = expression;
  c.span = doc.span_of(expression);
  c.text = expression;
  return c;
}

}  // namespace

TEST_CASE("arithmetic: operations", "[rules][arithmetic]") {
  Doc doc("Budget: 514 x 0.70 = 360 and 514 x 0.70 = 400; 100 / 4 = 25, 100 / 4 = 30, 7 + 5 = 12, 7 - 5 = 3, 1 / 0 = 1.");
  SECTION("514 x 0.70 = 360 is right to its last digit") {
    CHECK(check(doc, operation(doc, "514 x 0.70 = 360", "*", q(514, Unit::none), q(0.70, Unit::none, 2),
                               q(360, Unit::none)))
              .empty());
  }
  SECTION("514 x 0.70 = 400 fires") {
    auto f = check(doc, operation(doc, "514 x 0.70 = 400", "*", q(514, Unit::none), q(0.70, Unit::none, 2),
                                  q(400, Unit::none)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "arithmetic-wrong-result");
    CHECK(f[0].severity == core::Severity::error);
    CHECK(f[0].verdict == core::Verdict::inconsistent);
    CHECK(f[0].field == "arithmetic");
    CHECK(f[0].claimed == "514 x 0.70 = 400");
    CHECK(f[0].expected == "359.8");
    CHECK(f[0].message == "The calculation gives 359.8, not 400");
    CHECK(f[0].span.begin == doc.span_of("514 x 0.70 = 400").begin);
  }
  SECTION("division, addition, subtraction") {
    CHECK(check(doc, operation(doc, "100 / 4 = 25", "/", q(100, Unit::none), q(4, Unit::none), q(25, Unit::none))).empty());
    CHECK(check(doc, operation(doc, "100 / 4 = 30", "/", q(100, Unit::none), q(4, Unit::none), q(30, Unit::none))).size() == 1);
    CHECK(check(doc, operation(doc, "7 + 5 = 12", "+", q(7, Unit::none), q(5, Unit::none), q(12, Unit::none))).empty());
    auto minus = check(doc, operation(doc, "7 - 5 = 3", "-", q(7, Unit::none), q(5, Unit::none), q(3, Unit::none)));
    REQUIRE(minus.size() == 1);
    CHECK(minus[0].expected == "2");
  }
  SECTION("division by zero is not judged") {
    CHECK(check(doc, operation(doc, "1 / 0 = 1", "/", q(1, Unit::none), q(0, Unit::none), q(1, Unit::none))).empty());
  }
  SECTION("no stated result: nothing to check") {
    auto c = operation(doc, "514 x 0.70 = 400", "*", q(514, Unit::none), q(0.70, Unit::none, 2), q(400, Unit::none));
    c.result.reset();
    CHECK(check(doc, c).empty());
  }
}

TEST_CASE("arithmetic: duration conversions", "[rules][arithmetic]") {
  Doc doc("At 3,000-5,000 hours = 4-7 months; or 3,000-5,000 hours = 2-3 months; or 3,000-5,000 hours = 4-10 months; "
          "720 hours = 30 days.");
  SECTION("3,000-5,000 hours = 4-7 months does not fire") {
    CHECK(check(doc, conversion(doc, "3,000-5,000 hours = 4-7 months", range(3000, 5000, Unit::hour),
                                range(4, 7, Unit::month)))
              .empty());
  }
  SECTION("3,000-5,000 hours = 2-3 months fires on the low end") {
    auto f = check(doc, conversion(doc, "3,000-5,000 hours = 2-3 months", range(3000, 5000, Unit::hour),
                                   range(2, 3, Unit::month)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].expected == "4.1");
    CHECK(f[0].message == "The calculation gives 4.1, not 2");
  }
  SECTION("a wrong high end alone fires") {
    auto f = check(doc, conversion(doc, "3,000-5,000 hours = 4-10 months", range(3000, 5000, Unit::hour),
                                   range(4, 10, Unit::month)));
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "The calculation gives 6.8, not 10");
  }
  SECTION("single values") {
    CHECK(check(doc, conversion(doc, "720 hours = 30 days", q(720, Unit::hour), q(30, Unit::day))).empty());
  }
}
