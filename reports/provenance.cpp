// Evidence provenance text; tested in tests/reports/provenance_test.cpp.
#include "reports/provenance.h"

namespace reports {

std::string evidence_reference(const core::Evidence& e) {
  if (!e.url.empty()) return e.url;
  if (!e.capture.empty()) return e.capture;
  if (!e.title.empty()) return e.title;
  return e.source_id;
}

std::string describe_evidence(const core::Evidence& e) {
  std::string out = e.source_kind.empty() ? std::string("source") : e.source_kind;
  out += ":";
  const std::string reference = evidence_reference(e);
  if (!reference.empty()) out += " " + reference;
  if (!e.detail.empty()) out += (reference.empty() ? " " : ", ") + e.detail;
  if (reference.empty() && e.detail.empty()) out += " (no source recorded)";
  return out;
}

std::string describe_evidence(const std::vector<core::Evidence>& evidence) {
  std::string out;
  for (const core::Evidence& e : evidence) {
    if (!out.empty()) out += " | ";
    out += describe_evidence(e);
  }
  return out;
}

}  // namespace reports
