// The shared pipeline: catalog session, extract, check into a FileReport; tested in tests/audit/pipeline_test.cpp.
#include "audit/pipeline.h"

#include "extract/extractor.h"

namespace audit {

CatalogLoad load_catalog_session(const std::string& dir, const std::vector<std::string>& extra_dirs) {
  auto loaded = catalog::load_catalog(dir);
  for (const auto& extra : extra_dirs) {
    auto more = catalog::load_catalog(extra);
    loaded.errors.insert(loaded.errors.end(), more.errors.begin(), more.errors.end());
    for (const auto& gpu : more.catalog.gpus()) {
      if (loaded.catalog.find(gpu.id)) {
        loaded.errors.push_back({core::ErrorCode::schema, "GPU id \"" + gpu.id + "\" is already in " + dir, gpu.position});
        continue;
      }
      loaded.catalog.add(gpu);
    }
    for (const auto& family : more.catalog.families()) loaded.catalog.add_family(family);
  }
  loaded.catalog.index();
  CatalogLoad out;
  out.errors = std::move(loaded.errors);
  if (!out.errors.empty()) return out;
  out.session = std::make_unique<CatalogSession>();
  out.session->catalog = std::move(loaded.catalog);
  out.session->matcher = std::make_unique<extract::EntityMatcher>(out.session->catalog.alias_table());
  return out;
}

extract::FileClaims document_claims(const core::Document& document, const CatalogSession& session) {
  return extract::extract_claims(document, *session.matcher);
}

DocumentCheck check_document(const std::shared_ptr<const core::Document>& document, const CatalogSession& session,
                             const rules::CheckOptions& options, const std::string& path, ClaimAdjuster adjust) {
  DocumentCheck out;
  out.report.path = path.empty() ? document->source.name() : path;
  out.report.title = document->title;
  // Reader warnings (invalid UTF-8 at an offset) are printed as errors, so they count as
  // input errors too: the file is still checked, and the exit code says it was not clean.
  out.report.errors = document->warnings;
  out.input_error = !document->warnings.empty();
  out.claims = document_claims(*document, session);
  if (adjust) adjust(out.claims);
  auto checked = rules::check_document(session.catalog, out.claims.claims, document->source, options);
  if (!checked.errors.empty()) out.input_error = true;
  out.report.errors.insert(out.report.errors.end(), checked.errors.begin(), checked.errors.end());
  out.report.findings = std::move(checked.findings);
  out.report.suppressed = checked.suppressed;
  out.unused_suppressions = std::move(checked.unused_suppressions);
  // Shares the document's Source rather than copying the bytes again.
  out.report.source = std::shared_ptr<const core::Source>(document, &document->source);
  return out;
}

}  // namespace audit
