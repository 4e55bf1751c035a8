// The audit's sources: datasets/sources/*.json entries or a plain list of URLs; tested in tests/audit/source_list_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"

namespace audit {

// measured: a device-query record of datasets/measured, the strongest evidence the catalog has.
enum class SourceKind { vendor, article, database, measured };
const char* to_string(SourceKind kind);

// One page, datasheet or database the nightly audit reads.
struct AuditSource {
  std::string id;        // stable across runs: findings are matched by it
  std::string location;  // what is fetched: http(s) URL, file:// URL or path (relative
                         // paths are resolved against the sources file's folder)
  std::string page_url;  // the public page this copy stands for (provenance), "" if none
  SourceKind kind = SourceKind::article;
  // html | markdown | text | pdf | third_party (the JSON database in datasets/third_party) |
  // measured (a record of datasets/measured);
  // "" lets the reader be chosen from the Content-Type and the bytes, as for any input.
  std::string reader;
  std::string site;                    // nvidia | amd | intel | generic: vendor spec tables
  std::vector<std::string> selectors;  // XPath for the spec table; the site's defaults when empty
  std::string gpu;                     // the GPU the page is about when it does not say
  std::vector<std::string> tags;
  std::string declared_at;             // path:line of the entry, for messages
};

struct SourceList {
  std::vector<AuditSource> sources;
  core::Errors errors;  // every bad entry, at path:line:col; good entries are still listed
};

// A directory (every *.json in it, in name order), one JSON file, or a text file with one
// URL or path per line ('#' comments and blank lines skipped; the id is the URL itself).
SourceList load_sources(const std::string& path);

// The sources carrying `tag` (all of them when `tag` is empty).
std::vector<AuditSource> with_tag(std::vector<AuditSource> sources, const std::string& tag);

}  // namespace audit
