// SARIF 2.1.0 renderer; tested in tests/reports/sarif_report_test.cpp, tests/golden/reports/article.sarif,
// and validated against the SARIF schema by tests/reports/tools/validate-sarif.sh.
#include "reports/sarif_report.h"

#include <map>
#include <nlohmann/json.hpp>

#include "reports/artifact_uri.h"
#include "reports/location.h"

namespace reports {

namespace {
using Json = nlohmann::ordered_json;

// The OASIS standard's schema, which validators and IDEs recognise.
const char* const kSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const char* const kBaseId = "SRCROOT";

const char* level(core::Severity s) {
  switch (s) {
    case core::Severity::error: return "error";
    case core::Severity::warning: return "warning";
    case core::Severity::info: return "note";
  }
  return "error";
}

// SARIF viewers show messages as sentences; rule messages are written without the stop.
std::string sentence(std::string text) {
  if (text.empty()) return "(no message)";
  const char last = text.back();
  if (last != '.' && last != '!' && last != '?') text += '.';
  return text;
}

Json message(const std::string& text) { return Json{{"text", text}}; }

// Artifacts in first-seen order; results point at them by index.
class Artifacts {
 public:
  Artifacts(const std::string& base) : base_(base) {}
  Json location(const core::FileReport& file) {
    const ArtifactUri a = artifact_uri(file.path, base_);
    Json loc{{"uri", a.uri}};
    if (a.relative && !base_.empty()) loc["uriBaseId"] = kBaseId;
    auto [it, added] = index_.emplace(file.path, static_cast<int>(list_.size()));
    if (added) {
      Json artifact{{"location", loc}};
      if (file.source) artifact["length"] = file.source->size();
      list_.push_back(std::move(artifact));
    }
    loc["index"] = it->second;
    return loc;
  }
  Json take() { return std::move(list_); }

 private:
  std::string base_;
  std::map<std::string, int> index_;
  Json list_ = Json::array();
};

Json region_json(const Region& r) {
  Json j{{"startLine", r.line}};
  if (r.column > 0) j["startColumn"] = r.column;
  if (r.end_line >= r.line) j["endLine"] = r.end_line;
  if (r.end_column > 0 && (r.end_line > r.line || r.end_column >= r.column)) j["endColumn"] = r.end_column;
  return j;
}

// Region of the claim with its text, plus the whole lines around it as context.
void add_regions(Json& physical, const core::FileReport& file, const core::Span& span, const Region& r) {
  if (r.line <= 0) return;
  Json region = region_json(r);
  const bool in_source = file.source && span.end <= file.source->size() && span.begin < span.end;
  if (in_source) region["snippet"] = message(file.source->bytes().substr(span.begin, span.size()));
  physical["region"] = std::move(region);
  if (!file.source) return;
  const int last = r.end_line > r.line ? r.end_line : r.line;
  // The lines' bytes as they are (CRLF included): a snippet is the artifact's own text.
  const size_t from = file.source->line_start(r.line);
  const size_t to = file.source->line_start(last) + file.source->line_text(last).size();
  const std::string context = to > from ? file.source->bytes().substr(from, to - from) : std::string();
  physical["contextRegion"] = Json{{"startLine", r.line}, {"endLine", last}, {"snippet", message(context)}};
}

Json evidence_json(const core::Evidence& e) {
  Json j = Json::object();
  const auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  put("gpu", e.gpu);
  put("field", e.field);
  put("value", e.value);
  put("sourceId", e.source_id);
  put("sourceKind", e.source_kind);
  put("title", e.title);
  put("url", e.url);
  put("capture", e.capture);
  put("detail", e.detail);
  return j;
}

Json result_json(const core::FileReport& file, const core::Finding& f, int rule_index, Json artifact) {
  const Region r = finding_region(file, f);
  Json physical{{"artifactLocation", artifact}};
  add_regions(physical, file, f.span, r);
  Json result{{"ruleId", f.rule}, {"ruleIndex", rule_index}, {"level", level(f.severity)},
              {"message", message(sentence(f.message))},
              {"locations", Json::array({Json{{"physicalLocation", physical}}})}};
  if (!f.related.empty()) {
    Json related = Json::array();
    int id = 1;
    for (const core::RelatedLocation& x : f.related) {
      Json rel_physical{{"artifactLocation", artifact}};
      add_regions(rel_physical, file, x.span, related_region(file, x));
      Json loc{{"id", id++}, {"physicalLocation", rel_physical}};
      if (!x.message.empty()) loc["message"] = message(x.message);
      related.push_back(std::move(loc));
    }
    result["relatedLocations"] = std::move(related);
  }
  if (!f.suggestion.empty() && r.line > 0 && r.column > 0) {
    Json replacement{{"deletedRegion", region_json(r)}, {"insertedContent", Json{{"text", f.suggestion}}}};
    Json change{{"artifactLocation", artifact}, {"replacements", Json::array({replacement})}};
    result["fixes"] = Json::array({Json{{"description", message("Replace \"" + f.claimed + "\" with \"" +
                                                                 f.suggestion + "\".")},
                                        {"artifactChanges", Json::array({change})}}});
  }
  Json evidence = Json::array();
  for (const core::Evidence& e : f.evidence) evidence.push_back(evidence_json(e));
  result["properties"] = Json{{"gpu", f.gpu},           {"field", f.field},
                              {"claimed", f.claimed},   {"expected", f.expected},
                              {"verdict", core::to_string(f.verdict)}, {"evidence", std::move(evidence)}};
  return result;
}

Json rule_json(const core::RuleInfo& rule) {
  Json j{{"id", rule.id}};
  const std::string summary = rule.summary.empty() ? rule.id : rule.summary;
  j["shortDescription"] = message(summary);
  j["fullDescription"] = message(rule.help.empty() ? summary : summary + " " + rule.help);
  j["help"] = message(rule.help.empty() ? summary : rule.help);
  j["defaultConfiguration"] = Json{{"level", level(rule.default_severity)}};
  if (!rule.family.empty()) j["properties"] = Json{{"tags", Json::array({rule.family})}};
  return j;
}

Json notification_json(const core::FileReport& file, const core::Error& e, Artifacts& artifacts) {
  Json physical{{"artifactLocation", artifacts.location(file)}};
  if (e.position.line > 0) {
    Json region{{"startLine", e.position.line}};
    if (e.position.column > 0) region["startColumn"] = e.position.column;
    physical["region"] = std::move(region);
  }
  return Json{{"level", "error"},
              {"message", message(sentence(e.message))},
              {"locations", Json::array({Json{{"physicalLocation", physical}}})},
              {"descriptor", Json{{"id", std::string("input-") + core::to_string(e.code)}}}};
}
}  // namespace

std::string render_sarif(const std::vector<core::FileReport>& files, const std::vector<core::RuleInfo>& rules,
                         const SarifOptions& options) {
  Json rule_list = Json::array();
  std::map<std::string, int> rule_index;
  for (const core::RuleInfo& rule : rules) {
    if (rule_index.emplace(rule.id, static_cast<int>(rule_list.size())).second) rule_list.push_back(rule_json(rule));
  }
  Artifacts artifacts(options.base_directory);
  Json results = Json::array();
  Json notifications = Json::array();
  for (const core::FileReport& file : files) {
    const Json artifact = artifacts.location(file);
    for (const core::Error& e : file.errors) notifications.push_back(notification_json(file, e, artifacts));
    for (const core::Finding& f : file.findings) {
      auto [it, added] = rule_index.emplace(f.rule, static_cast<int>(rule_list.size()));
      // A finding whose rule the caller did not describe still needs a valid ruleIndex.
      if (added) rule_list.push_back(Json{{"id", f.rule}, {"shortDescription", message(f.rule)}});
      results.push_back(result_json(file, f, it->second, artifact));
    }
  }

  Json driver{{"name", "factcheck"}};
  if (!options.tool_version.empty()) driver["version"] = options.tool_version;
  if (!options.information_uri.empty()) driver["informationUri"] = options.information_uri;
  driver["rules"] = std::move(rule_list);

  Json run{{"tool", Json{{"driver", std::move(driver)}}}};
  Json invocation{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  run["invocations"] = Json::array({std::move(invocation)});
  if (!options.base_directory.empty()) {
    run["originalUriBaseIds"] = Json{{kBaseId, Json{{"uri", directory_uri(options.base_directory)}}}};
  }
  run["artifacts"] = artifacts.take();
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";

  Json doc{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  return doc.dump(options.indent, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace reports
