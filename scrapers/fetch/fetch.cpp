// Fetching inputs by URL or path; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/fetch.h"

#include <cctype>
#include <optional>

#include "scrapers/fetch/fetch_cache.h"
#include "scrapers/fetch/http_transfer.h"

namespace scrapers {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// file:///path and file://localhost/path → /path, with %XX escapes decoded.
std::string file_url_path(std::string_view url) {
  url.remove_prefix(7);
  if (starts_with_ci(url, "localhost/")) url.remove_prefix(9);
  std::string out;
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size() && std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(url[i + 2]))) {
      out.push_back(static_cast<char>(std::stoi(std::string(url.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(url[i]);
    }
  }
  return out;
}

core::Result<Fetched> fetch_file(const std::string& location) {
  std::string path = starts_with_ci(location, "file://") ? file_url_path(location) : location;
  auto source = core::read_source_file(path);
  if (!source.ok()) {
    core::Error e = source.error();
    e.position.file = location;
    return e;
  }
  Fetched f;
  f.source = core::Source(location, source->bytes());
  f.final_url = location;
  return f;
}

core::Error http_error(const std::string& url, const std::string& why) {
  return core::Error{core::ErrorCode::unavailable, "cannot fetch: " + why, {url}};
}

Fetched from_cache(const std::string& url, net::CachedPage page, long status) {
  Fetched f;
  f.source = core::Source(url, std::move(page.body));
  f.format_hint = page.content_type;
  f.final_url = page.final_url.empty() ? url : page.final_url;
  f.status = status;
  f.from_cache = true;
  return f;
}

}  // namespace

bool is_url(std::string_view location) {
  return starts_with_ci(location, "http://") || starts_with_ci(location, "https://");
}

std::vector<core::Result<Fetched>> fetch_all(const std::vector<std::string>& locations, const FetchOptions& options) {
  std::vector<std::optional<core::Result<Fetched>>> results(locations.size());
  std::vector<net::HttpRequest> requests;
  std::vector<size_t> request_index;
  std::vector<std::optional<net::CachedPage>> cached(locations.size());
  net::FetchCache cache(options.cache_dir);
  for (size_t i = 0; i < locations.size(); ++i) {
    const std::string& loc = locations[i];
    if (!is_url(loc)) {
      if (starts_with_ci(loc, "file://") || loc.find("://") == std::string::npos) {
        results[i] = fetch_file(loc);
      } else {
        results[i] = core::Result<Fetched>(core::Error{core::ErrorCode::usage,
                                                       "unsupported URL scheme (only http, https and file)", {loc}});
      }
      continue;
    }
    if (!options.cache_dir.empty()) cached[i] = cache.load(loc);
    if (options.offline) {
      results[i] = cached[i] ? core::Result<Fetched>(from_cache(loc, std::move(*cached[i]), 200))
                             : core::Result<Fetched>(http_error(loc, "not in the cache and running offline"));
      continue;
    }
    net::HttpRequest r;
    r.url = loc;
    if (cached[i]) {
      r.etag = cached[i]->etag;
      r.last_modified = cached[i]->last_modified;
    }
    requests.push_back(std::move(r));
    request_index.push_back(i);
  }

  std::vector<net::HttpResponse> responses = net::transfer_all(requests, options);
  for (size_t k = 0; k < responses.size(); ++k) {
    size_t i = request_index[k];
    const std::string& url = locations[i];
    net::HttpResponse& resp = responses[k];
    if (!resp.error.empty()) {
      results[i] = core::Result<Fetched>(http_error(url, resp.error));
    } else if (resp.status == 304 && cached[i]) {
      results[i] = core::Result<Fetched>(from_cache(url, std::move(*cached[i]), 304));
    } else if (resp.status < 200 || resp.status >= 300) {
      results[i] = core::Result<Fetched>(http_error(url, "HTTP status " + std::to_string(resp.status)));
    } else {
      if (!options.cache_dir.empty()) {
        // A cache that cannot be written costs a re-download later, not this result.
        cache.store({url, resp.final_url, resp.content_type, resp.etag, resp.last_modified, resp.body});
      }
      Fetched f;
      f.source = core::Source(url, std::move(resp.body));
      f.format_hint = resp.content_type;
      f.final_url = resp.final_url.empty() ? url : resp.final_url;
      f.status = resp.status;
      results[i] = std::move(f);
    }
  }
  std::vector<core::Result<Fetched>> out;
  out.reserve(results.size());
  for (auto& r : results) out.push_back(std::move(*r));
  return out;
}

core::Result<Fetched> fetch(const std::string& location, const FetchOptions& options) {
  return std::move(fetch_all({location}, options).front());
}

}  // namespace scrapers
