// JSON renderer; tested in tests/reports/json_report_test.cpp and tests/golden/reports/*.json.
#include "reports/json_report.h"

#include <nlohmann/json.hpp>

#include "reports/location.h"
#include "reports/tally.h"

namespace reports {

namespace {
// Insertion order keeps the document readable: rule and position first, evidence last.
using Json = nlohmann::ordered_json;

Json evidence_json(const core::Evidence& e) {
  return Json{{"gpu", e.gpu},       {"field", e.field}, {"value", e.value},     {"source_id", e.source_id},
              {"source_kind", e.source_kind}, {"title", e.title}, {"url", e.url}, {"capture", e.capture},
              {"detail", e.detail}};
}

Json finding_json(const core::FileReport& file, const core::Finding& f) {
  const Region r = finding_region(file, f);
  Json related = Json::array();
  for (const core::RelatedLocation& x : f.related) {
    const Region rr = related_region(file, x);
    related.push_back(Json{{"line", rr.line}, {"column", rr.column}, {"end_line", rr.end_line},
                           {"end_column", rr.end_column}, {"message", x.message}});
  }
  Json evidence = Json::array();
  for (const core::Evidence& e : f.evidence) evidence.push_back(evidence_json(e));
  return Json{{"rule", f.rule},
              {"severity", core::to_string(f.severity)},
              {"verdict", core::to_string(f.verdict)},
              {"line", r.line},
              {"column", r.column},
              {"end_line", r.end_line},
              {"end_column", r.end_column},
              {"gpu", f.gpu},
              {"field", f.field},
              {"claimed", f.claimed},
              {"expected", f.expected},
              {"message", f.message},
              {"suggestion", f.suggestion},
              {"reading", f.reading},
              {"confidence", f.confidence},
              {"evidence", std::move(evidence)},
              {"related", std::move(related)}};
}

Json error_json(const core::FileReport& file, const core::Error& e) {
  return Json{{"code", core::to_string(e.code)},
              {"message", e.message},
              {"file", e.position.file.empty() ? file.path : e.position.file},
              {"line", e.position.line},
              {"column", e.position.column},
              {"page", e.position.page}};
}
}  // namespace

std::string render_json(const std::vector<core::FileReport>& files, const JsonOptions& options) {
  Json doc;
  doc["version"] = kJsonFormatVersion;
  if (!options.tool_version.empty()) doc["tool"] = Json{{"name", "factcheck"}, {"version", options.tool_version}};
  const Tally t = tally(files);
  doc["summary"] = Json{{"files", t.files},  {"errors", t.errors}, {"warnings", t.warnings},
                        {"infos", t.infos}, {"input_errors", t.input_errors}};
  Json out_files = Json::array();
  for (const core::FileReport& file : files) {
    Json errors = Json::array();
    for (const core::Error& e : file.errors) errors.push_back(error_json(file, e));
    Json findings = Json::array();
    for (const core::Finding& f : file.findings) findings.push_back(finding_json(file, f));
    out_files.push_back(Json{{"path", file.path}, {"title", file.title}, {"errors", std::move(errors)},
                             {"findings", std::move(findings)}});
  }
  doc["files"] = std::move(out_files);
  // Article text can hold bytes that are not UTF-8; replace them rather than throw mid-report.
  return doc.dump(options.indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace reports
