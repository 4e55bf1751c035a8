// File paths as URIs for SARIF artifact locations, relative to a base where possible; tested in tests/reports/artifact_uri_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace reports {

struct ArtifactUri {
  std::string uri;          // percent-encoded; relative when `relative` is true
  bool relative = false;    // resolve against the base directory (SARIF uriBaseId)
};

// "articles/a b.md" -> {"articles/a%20b.md", relative}; "/abs/x.md" under `base_directory`
// -> relative to it; another absolute path -> "file:///abs/x.md"; a URL ("https://...")
// stays as it is. Relative paths are taken as relative to `base_directory` (the caller
// passes the directory the paths were given from, normally the working directory).
ArtifactUri artifact_uri(const std::string& path, const std::string& base_directory);

// "file:///base/dir/" for an absolute directory: the SARIF originalUriBaseIds entry.
std::string directory_uri(const std::string& absolute_directory);

// RFC 3986 percent-encoding of a path, keeping unreserved characters and '/'.
std::string percent_encode_path(std::string_view path);

}  // namespace reports
