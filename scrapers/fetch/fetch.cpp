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
  f.etag = page.etag;
  f.last_modified = page.last_modified;
  return f;
}

}  // namespace

bool is_url(std::string_view location) {
  return starts_with_ci(location, "http://") || starts_with_ci(location, "https://");
}

void fetch_each(const std::vector<std::string>& locations, const FetchOptions& options, const FetchCallback& on_done) {
  fetch_each(locations.size(), [&](size_t i) { return locations[i]; }, options, on_done);
}

void fetch_each(size_t count, const std::function<std::string(size_t)>& location_of, const FetchOptions& options,
                const FetchCallback& on_done) {
  // Only the validators of cached pages are kept while transfers run; a 304 reloads the
  // body from disk. Locations are read as transfers need them and a request's index maps
  // back to its location through `request_index`, 8 bytes a page.
  net::FetchCache cache(options.cache_dir);
  std::vector<size_t> request_index;
  size_t at = 0;
  auto next = [&](net::HttpRequest& r) {
    for (; at < count; ++at) {
      const size_t i = at;
      std::string loc = location_of(i);
      if (!is_url(loc)) {
        if (starts_with_ci(loc, "file://") || loc.find("://") == std::string::npos) {
          on_done(i, fetch_file(loc));
        } else {
          on_done(i, core::Error{core::ErrorCode::usage, "unsupported URL scheme (only http, https and file)", {loc}});
        }
        continue;
      }
      std::optional<net::CachedPage> cached;
      if (!options.cache_dir.empty()) cached = cache.load(loc);
      if (options.offline) {
        if (cached) on_done(i, from_cache(loc, std::move(*cached), 200));
        else on_done(i, http_error(loc, "not in the cache and running offline"));
        continue;
      }
      r = net::HttpRequest{};
      r.url = std::move(loc);
      if (cached) {
        r.etag = cached->etag;
        r.last_modified = cached->last_modified;
      }
      request_index.push_back(i);
      ++at;
      return true;
    }
    return false;
  };

  net::transfer_each(next, options, [&](size_t k, net::HttpResponse&& resp) {
    size_t i = request_index[k];
    const std::string url = location_of(i);
    if (!resp.error.empty()) {
      on_done(i, http_error(url, resp.error));
      return;
    }
    if (resp.status == 304) {
      auto cached = cache.load(url);
      if (!cached) {
        on_done(i, http_error(url, "HTTP status 304 for a page the cache no longer holds"));
        return;
      }
      Fetched f = from_cache(url, std::move(*cached), 304);
      f.attempts = resp.attempts;
      f.elapsed_ms = resp.elapsed_ms;
      on_done(i, std::move(f));
      return;
    }
    if (resp.status < 200 || resp.status >= 300) {
      on_done(i, http_error(url, "HTTP status " + std::to_string(resp.status)));
      return;
    }
    if (!options.cache_dir.empty()) {
      // A cache that cannot be written costs a re-download later, not this result.
      cache.store({url, resp.final_url, resp.content_type, resp.etag, resp.last_modified, resp.body});
    }
    Fetched f;
    f.source = core::Source(url, std::move(resp.body));
    f.format_hint = resp.content_type;
    f.final_url = resp.final_url.empty() ? url : resp.final_url;
    f.status = resp.status;
    f.etag = resp.etag;
    f.last_modified = resp.last_modified;
    f.attempts = resp.attempts;
    f.elapsed_ms = resp.elapsed_ms;
    on_done(i, std::move(f));
  });
}

std::vector<core::Result<Fetched>> fetch_all(const std::vector<std::string>& locations, const FetchOptions& options) {
  std::vector<std::optional<core::Result<Fetched>>> results(locations.size());
  fetch_each(locations, options, [&](size_t i, core::Result<Fetched>&& r) { results[i] = std::move(r); });
  std::vector<core::Result<Fetched>> out;
  out.reserve(results.size());
  for (auto& r : results) out.push_back(std::move(*r));
  return out;
}

core::Result<Fetched> fetch(const std::string& location, const FetchOptions& options) {
  return std::move(fetch_all({location}, options).front());
}

}  // namespace scrapers
