// The pipeline for one audit source, with source-health fallbacks; tested in tests/audit/audit_run_test.cpp.
#include "audit/source_check.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "audit/fingerprint.h"
#include "audit/measured_record_check.h"
#include "catalog/third_party_conversion.h"
#include "catalog/third_party_diff.h"
#include "core/quantity.h"
#include "scrapers/fetch/page_health.h"
#include "scrapers/read/read_document.h"
#include "scrapers/sites/spec_sheet.h"

namespace audit {
namespace {

std::string content_hash(const std::string& bytes) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string value_text(const catalog::Value& v, const std::string& unit) {
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", std::get<double>(v));
  return unit.empty() ? buf : std::string(buf) + " " + unit;
}

std::string evidence_of(const core::Finding& f) {
  for (const auto& e : f.evidence) {
    if (!e.url.empty()) return e.url;
    if (!e.title.empty()) return e.source_kind + ": " + e.title;
  }
  return "";
}

// Vendor spec rows are about the page's GPU by construction: a claim the extractor gave to
// the heading that names it is as sure as a table header.
void attribute_to_subject(extract::FileClaims& claims) {
  for (auto& c : claims.claims) {
    if (c.gpu.attributed_by == extract::Attribution::heading || c.gpu.attributed_by == extract::Attribution::page_subject) {
      c.gpu.attributed_by = extract::Attribution::table_header;
      c.confidence = 1.0;
      c.confidence_reason.clear();
    }
  }
}

void add_findings(SourceRecord& rec, const AuditSource& source, const DocumentCheck& checked) {
  for (const auto& c : checked.claims.claims) {
    ClaimRow row;
    row.gpu = c.gpu.resolved() ? c.gpu.id : "?" + c.gpu.mention;
    row.field = c.field;
    row.value = c.quantity ? core::format_quantity(*c.quantity) : c.text_value;
    auto p = checked.report.source->position(c.span.begin);
    row.line = p.line;
    row.column = p.column;
    rec.claims.push_back(std::move(row));
  }
  for (const auto& f : checked.report.findings) {
    // Infos (unverifiable, explained) are context for a reader, not work for the catalog team.
    if (f.severity == core::Severity::info) continue;
    FindingRow row;
    row.fingerprint = fingerprint(source.id, f.rule, f.gpu, f.field, f.claimed);
    row.source_id = source.id;
    row.rule = f.rule;
    row.severity = core::to_string(f.severity);
    row.gpu = f.gpu;
    row.field = f.field;
    row.claimed = f.claimed;
    row.expected = f.expected;
    row.message = f.message;
    row.evidence = evidence_of(f);
    row.line = f.begin.line;
    row.column = f.begin.column;
    rec.findings.push_back(std::move(row));
  }
}

// The third-party database: every record of a catalog GPU becomes claims per field,
// judged against the catalog; unexplained disagreements are the catalog's findings.
bool check_database(SourceRecord& rec, const AuditSource& source, const std::string& bytes, const CatalogSession& session) {
  nlohmann::json doc = nlohmann::json::parse(bytes, nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) {
    rec.error = "not the third-party database (a JSON array of GPU records)";
    return false;
  }
  std::vector<catalog::ThirdPartyRecord> records;
  for (const auto& item : doc) {
    if (auto r = catalog::convert_third_party_record(item)) records.push_back(std::move(*r));
  }
  auto db = catalog::ThirdPartyDatabase::from_records(std::move(records));
  auto diff = catalog::diff_third_party(session.catalog, db);
  for (const auto& m : diff.mappings) {
    const auto* r = db.find(m.record_id);
    if (!r) continue;
    for (const auto& [field, value] : r->fields) rec.claims.push_back({m.gpu_id, field, value_text(value, ""), 0, 0});
  }
  for (const auto& d : diff.disagreements) {
    if (d.explained()) continue;
    FindingRow row;
    std::string claimed = value_text(d.third_party_value, d.unit);
    row.fingerprint = fingerprint(source.id, "audit-third-party-disagreement", d.gpu_id, d.field, claimed);
    row.source_id = source.id;
    row.rule = "audit-third-party-disagreement";
    row.severity = "warning";
    row.gpu = d.gpu_id;
    row.field = d.field;
    row.claimed = claimed;
    row.expected = value_text(d.catalog_value, d.unit);
    row.message = "the third-party record " + d.record_id + " says " + claimed + " for " + d.field + ", the catalog " +
                  row.expected + " (" + d.position.file + ":" + std::to_string(d.position.line) + ")";
    row.evidence = d.position.file;
    row.line = d.position.line;
    row.column = d.position.column;
    rec.findings.push_back(std::move(row));
  }
  rec.format = "third_party";
  rec.title = "third-party database (" + std::to_string(db.records().size()) + " records)";
  return true;
}

// Reads and checks one body; returns false (with rec.error) when the page is unhealthy.
bool check_body(SourceRecord& rec, const AuditSource& source, core::Source body, const std::string& hint,
                const std::optional<GoodCopy>& good, const CatalogSession& session, const rules::CheckOptions& options) {
  std::string why;
  auto health = scrapers::page_health(body.bytes(), &why);
  if (health != scrapers::PageHealth::ok) {
    rec.error = why;
    return false;
  }
  rec.content_hash = content_hash(body.bytes());
  if (source.reader == "third_party") return check_database(rec, source, body.bytes(), session);
  if (source.reader == "measured") return check_measured_record(rec, source, body.bytes(), session);
  auto doc = scrapers::read_document(std::move(body), source.reader.empty() ? hint : source.reader);
  if (!doc.ok()) {
    rec.error = doc.error().format();
    return false;
  }
  rec.format = doc->format;
  rec.title = doc->title;
  std::shared_ptr<const core::Document> checked_doc;
  bool spec_sheet = source.kind == SourceKind::vendor && (!source.site.empty() || !source.selectors.empty());
  if (spec_sheet) {
    scrapers::Site site = scrapers::Site::generic;
    scrapers::parse_site(source.site, site);
    auto sheet = scrapers::read_spec_sheet(*doc, site, source.selectors, source.gpu);
    rec.spec_rows = sheet.rows;
    if (sheet.rows == 0) {
      rec.error = good && good->spec_rows > 0 ? "the spec table the page had is gone" : "no spec table found";
      if (good && good->spec_rows > 0) return false;
    }
    checked_doc = std::make_shared<core::Document>(std::move(sheet.document));
  } else {
    checked_doc = std::make_shared<core::Document>(std::move(*doc));
  }
  DocumentCheck checked = check_document(checked_doc, session, options, source.id, spec_sheet ? attribute_to_subject : nullptr);
  add_findings(rec, source, checked);
  return true;
}

}  // namespace

SourceRecord check_source(const AuditSource& source, core::Result<scrapers::Fetched>&& fetched,
                          const std::optional<GoodCopy>& good, const CatalogSession& session,
                          const rules::CheckOptions& options) {
  SourceRecord rec;
  rec.id = source.id;
  rec.location = source.location;
  rec.page_url = source.page_url;
  rec.kind = to_string(source.kind);
  rec.reader = source.reader;
  rec.tags = join(source.tags);
  if (!fetched.ok()) {
    rec.status = "failed";
    rec.error = fetched.error().message;
    return rec;
  }
  rec.http_status = fetched->status;
  rec.bytes = static_cast<int64_t>(fetched->source.size());
  rec.elapsed_ms = fetched->elapsed_ms;
  rec.attempts = fetched->attempts;
  rec.from_cache = fetched->from_cache;
  rec.etag = fetched->etag;
  rec.last_modified = fetched->last_modified;
  rec.content_type = fetched->format_hint;
  std::string body = fetched->source.bytes();
  if (check_body(rec, source, std::move(fetched->source), fetched->format_hint, good, session, options)) {
    rec.status = "ok";
    if (!good || good->content_hash != rec.content_hash) rec.good_body = std::move(body);
    return rec;
  }
  // The page is not what it was: judge the last good copy, and say so.
  std::string problem = rec.error;
  rec.claims.clear();
  rec.findings.clear();
  if (!good) {
    rec.status = "failed";
    return rec;
  }
  rec.status = "stale";
  rec.error.clear();
  core::Source copy(source.location, good->body);
  if (!check_body(rec, source, std::move(copy), good->content_type, std::nullopt, session, options)) {
    rec.status = "failed";
    rec.error = problem + "; the last good copy cannot be read either: " + rec.error;
    return rec;
  }
  rec.error = problem + " (using the copy from run " + std::to_string(good->run) + ")";
  rec.content_hash = good->content_hash;
  return rec;
}

}  // namespace audit
