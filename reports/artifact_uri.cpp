// Path-to-URI conversion for SARIF; tested in tests/reports/artifact_uri_test.cpp.
#include "reports/artifact_uri.h"

#include <cctype>

namespace reports {

namespace {
bool is_url(const std::string& path) {
  // A scheme is letters, digits, '+', '-', '.' before "://"; Windows drive letters have no "//".
  const size_t colon = path.find("://");
  if (colon == std::string::npos || colon == 0) return false;
  for (size_t i = 0; i < colon; ++i) {
    const unsigned char c = static_cast<unsigned char>(path[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return std::isalpha(static_cast<unsigned char>(path[0])) != 0;
}

std::string strip_dot_slash(std::string path) {
  while (path.rfind("./", 0) == 0) path.erase(0, 2);
  return path;
}
}  // namespace

std::string percent_encode_path(std::string_view path) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const unsigned char c = static_cast<unsigned char>(ch);
    // ':' is encoded too, so a relative path like "a:b.md" is never read as a scheme.
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

std::string directory_uri(const std::string& absolute_directory) {
  std::string uri = "file://" + percent_encode_path(absolute_directory);
  if (uri.back() != '/') uri += '/';
  return uri;
}

ArtifactUri artifact_uri(const std::string& path, const std::string& base_directory) {
  if (is_url(path)) return {path, false};
  if (path.empty() || path[0] != '/') return {percent_encode_path(strip_dot_slash(path)), true};
  if (!base_directory.empty()) {
    std::string base = base_directory;
    if (base.back() != '/') base += '/';
    if (path.rfind(base, 0) == 0 && path.size() > base.size()) {
      return {percent_encode_path(path.substr(base.size())), true};
    }
  }
  return {"file://" + percent_encode_path(path), false};
}

}  // namespace reports
