// Shared by the claim tests in tests/extract/: a hand-made alias table, a reader+extractor run, claim lookup.
#pragma once
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "scrapers/read/read_document.h"

namespace extract_test {

inline const extract::EntityMatcher& matcher() {
  static const extract::EntityMatcher m(core::AliasTable{
      {"L4", {"nvidia-l4"}, ""},
      {"NVIDIA L4", {"nvidia-l4"}, ""},
      {"L40S", {"nvidia-l40s"}, ""},
      {"NVIDIA L40S", {"nvidia-l40s"}, ""},
      {"RTX 4070", {"nvidia-geforce-rtx-4070"}, ""},
      {"RTX 4090", {"nvidia-geforce-rtx-4090"}, ""},
      {"GeForce RTX 4090", {"nvidia-geforce-rtx-4090"}, ""},
      {"RTX A5000", {"nvidia-rtx-a5000"}, ""},
      {"H100", {"nvidia-h100-pcie", "nvidia-h100-sxm5"}, "nvidia-h100"},
      {"H100 PCIe", {"nvidia-h100-pcie"}, ""},
  });
  return m;
}

// A document read the way the binary reads it, with its claims.
struct Extracted {
  core::Document doc;
  extract::FileClaims result;

  const std::vector<extract::Claim>& claims() const { return result.claims; }
  // "line:column" of a claim's first byte.
  std::string where(const extract::Claim& c) const {
    auto p = doc.source.position(c.span.begin);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  // The claims with this field (value claims) or kind name ("ratio", "comparison", ...).
  std::vector<const extract::Claim*> with_field(const std::string& field) const {
    std::vector<const extract::Claim*> out;
    for (const auto& c : result.claims) {
      if (c.field == field) out.push_back(&c);
    }
    return out;
  }
  // The one claim of `field` whose text is `text`; fails the test unless exactly one.
  const extract::Claim& one(const std::string& field, const std::string& text) const {
    const extract::Claim* found = nullptr;
    int count = 0;
    for (const auto& c : result.claims) {
      if (c.field == field && c.text == text) {
        found = &c;
        ++count;
      }
    }
    INFO("field " << field << ", text \"" << text << "\"\n" << dump());
    REQUIRE(count == 1);
    return *found;
  }
  std::string dump() const {
    std::string out = "claims:\n";
    for (const auto& c : result.claims) {
      out += "  " + where(c) + " " + (c.gpu.resolved() ? c.gpu.id : "?" + c.gpu.mention) + " " +
             extract::to_string(c.kind) + " " + c.field + " \"" + c.text + "\" [" +
             extract::to_string(c.gpu.attributed_by) + "]\n";
    }
    return out;
  }
};

// Reads `text` as `format` ("markdown", "text", "html") and extracts its claims.
inline Extracted extract_text(const std::string& text, const std::string& format = "markdown") {
  const std::string name = format == "markdown" ? "article.md" : (format == "html" ? "page.html" : "notes.txt");
  auto doc = scrapers::read_document(core::Source(name, text), format);
  INFO("reading " << name);
  REQUIRE(doc.ok());
  Extracted out{std::move(*doc), {}};
  out.result = extract::extract_claims(out.doc, matcher());
  return out;
}

// Checks the GPU, value and attribution of a numeric value claim.
inline void check_value(const Extracted& e, const extract::Claim& c, const std::string& gpu, double value,
                        core::Unit unit, extract::Attribution how, const std::string& where) {
  INFO(e.dump());
  CHECK(c.kind == extract::ClaimKind::value);
  CHECK(c.gpu.id == gpu);
  REQUIRE(c.quantity.has_value());
  CHECK(c.quantity->value == Approx(value));
  CHECK(c.quantity->unit == unit);
  CHECK(c.gpu.attributed_by == how);
  CHECK(e.where(c) == where);
}

}  // namespace extract_test
