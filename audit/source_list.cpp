// Reads datasets/sources/*.json and URL-list files into AuditSources; tested in tests/audit/source_list_test.cpp.
#include "audit/source_list.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "catalog/json_node.h"
#include "scrapers/fetch/fetch.h"
#include "scrapers/sites/spec_sheet.h"

namespace audit {
namespace {

namespace fs = std::filesystem;
using catalog::json::Kind;
using catalog::json::Node;

bool is_absolute_location(const std::string& loc) {
  return scrapers::is_url(loc) || loc.rfind("file://", 0) == 0 || (!loc.empty() && loc[0] == '/');
}

std::string resolve(const std::string& loc, const fs::path& base) {
  if (is_absolute_location(loc) || loc.find("://") != std::string::npos) return loc;
  return (base / loc).lexically_normal().string();
}

class EntryReader {
 public:
  EntryReader(const core::Source& src, core::Errors& errors) : src_(src), errors_(errors) {}

  void error(size_t offset, const std::string& message) {
    core::Position p = src_.position(offset);
    errors_.push_back({core::ErrorCode::schema, message, p});
  }

  std::string text(const Node& entry, const char* key, bool required) {
    const Node* v = entry.get(key);
    if (!v) {
      if (required) error(entry.offset, std::string("source is missing \"") + key + "\"");
      return "";
    }
    if (!v->is(Kind::string)) {
      error(v->offset, std::string("\"") + key + "\" must be a string, not " + catalog::json::to_string(v->kind));
      return "";
    }
    return v->text;
  }

  std::vector<std::string> strings(const Node& entry, const char* key) {
    std::vector<std::string> out;
    const Node* v = entry.get(key);
    if (!v) return out;
    if (!v->is(Kind::array)) {
      error(v->offset, std::string("\"") + key + "\" must be an array of strings");
      return out;
    }
    for (const auto& item : v->items) {
      if (!item.is(Kind::string)) error(item.offset, std::string("\"") + key + "\" must hold strings only");
      else out.push_back(item.text);
    }
    return out;
  }

 private:
  const core::Source& src_;
  core::Errors& errors_;
};

const std::set<std::string> kKeys = {"id", "url", "page_url", "kind", "reader", "site", "selectors", "gpu", "tags", "note"};
const std::set<std::string> kReaders = {"", "html", "markdown", "text", "pdf", "third_party", "measured"};

void load_json(const fs::path& path, SourceList& out, std::set<std::string>& ids) {
  auto src = core::read_source_file(path.string());
  if (!src.ok()) {
    out.errors.push_back(src.error());
    return;
  }
  auto root = catalog::json::parse(*src);
  if (!root.ok()) {
    out.errors.push_back(root.error());
    return;
  }
  EntryReader r(*src, out.errors);
  const Node* list = root->is(Kind::object) ? root->get("sources") : nullptr;
  if (!list || !list->is(Kind::array)) {
    r.error(root->offset, "a sources file is an object with a \"sources\" array");
    return;
  }
  const fs::path base = path.parent_path();
  for (const Node& entry : list->items) {
    if (!entry.is(Kind::object)) {
      r.error(entry.offset, "each source is an object");
      continue;
    }
    size_t before = out.errors.size();
    for (const auto& m : entry.members) {
      if (!kKeys.count(m.key)) r.error(m.key_offset, "unknown key \"" + m.key + "\" in a source");
    }
    AuditSource s;
    s.id = r.text(entry, "id", true);
    s.location = resolve(r.text(entry, "url", true), base);
    s.page_url = r.text(entry, "page_url", false);
    std::string kind = r.text(entry, "kind", true);
    if (kind == "vendor") s.kind = SourceKind::vendor;
    else if (kind == "article") s.kind = SourceKind::article;
    else if (kind == "database") s.kind = SourceKind::database;
    else if (kind == "measured") s.kind = SourceKind::measured;
    else if (!kind.empty()) {
      r.error(entry.get("kind")->offset, "kind must be vendor, article, database or measured, not \"" + kind + "\"");
    }
    s.reader = r.text(entry, "reader", false);
    if (!kReaders.count(s.reader)) {
      r.error(entry.get("reader")->offset, "reader must be html, markdown, text, pdf, third_party or measured, not \"" + s.reader + "\"");
    }
    s.site = r.text(entry, "site", false);
    scrapers::Site site;
    if (!scrapers::parse_site(s.site, site)) r.error(entry.get("site")->offset, "site must be nvidia, amd, intel or generic");
    s.selectors = r.strings(entry, "selectors");
    for (const auto& x : s.selectors) {
      std::string why;
      if (!scrapers::valid_xpath(x, &why)) r.error(entry.get("selectors")->offset, why);
    }
    s.gpu = r.text(entry, "gpu", false);
    s.tags = r.strings(entry, "tags");
    auto p = src->position(entry.offset);
    s.declared_at = p.file + ":" + std::to_string(p.line);
    if (!s.id.empty() && !ids.insert(s.id).second) r.error(entry.get("id")->offset, "source id \"" + s.id + "\" is used twice");
    if (out.errors.size() == before) out.sources.push_back(std::move(s));
  }
}

void load_url_list(const fs::path& path, SourceList& out, std::set<std::string>& ids) {
  auto src = core::read_source_file(path.string());
  if (!src.ok()) {
    out.errors.push_back(src.error());
    return;
  }
  for (int line = 1; line <= static_cast<int>(src->line_count()); ++line) {
    std::string text(src->line_text(line));
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    size_t start = text.find_first_not_of(" \t");
    if (start == std::string::npos || text[start] == '#') continue;
    text = text.substr(start);
    AuditSource s;
    s.id = text;
    s.location = resolve(text, path.parent_path());
    s.page_url = scrapers::is_url(text) ? text : "";
    s.kind = SourceKind::article;
    s.declared_at = path.string() + ":" + std::to_string(line);
    if (!ids.insert(s.id).second) {
      out.errors.push_back({core::ErrorCode::schema, "URL listed twice: " + text, {path.string(), line, 1}});
      continue;
    }
    out.sources.push_back(std::move(s));
  }
}

}  // namespace

const char* to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::vendor: return "vendor";
    case SourceKind::article: return "article";
    case SourceKind::database: return "database";
    case SourceKind::measured: return "measured";
  }
  return "?";
}

SourceList load_sources(const std::string& path) {
  SourceList out;
  std::set<std::string> ids;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      if (e.path().extension() == ".json") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) out.errors.push_back({core::ErrorCode::not_found, "no *.json sources in this folder", {path}});
    for (const auto& f : files) load_json(f, out, ids);
  } else if (fs::path(path).extension() == ".json") {
    load_json(path, out, ids);
  } else {
    load_url_list(path, out, ids);
  }
  return out;
}

std::vector<AuditSource> with_tag(std::vector<AuditSource> sources, const std::string& tag) {
  if (tag.empty()) return sources;
  std::erase_if(sources, [&](const AuditSource& s) {
    return std::find(s.tags.begin(), s.tags.end(), tag) == s.tags.end() && s.id != tag;
  });
  return sources;
}

}  // namespace audit
