// Choosing a reader for a file; tested in tests/scrapers/format_detect_test.cpp.
#include "scrapers/read/format_detect.h"

#include <algorithm>
#include <cctype>

#include "scrapers/read/front_matter.h"

namespace scrapers {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Extension of a path or URL, ignoring ?query and #fragment.
std::string extension(std::string_view name) {
  size_t cut = name.find_first_of("?#");
  if (name.find("://") != std::string_view::npos && cut != std::string_view::npos) name = name.substr(0, cut);
  size_t slash = name.find_last_of('/');
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return lower(name.substr(dot + 1));
}

bool looks_like_html(std::string_view bytes) {
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  std::string head = lower(bytes.substr(i, 64));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
         (head.rfind("<!--", 0) == 0 && lower(bytes.substr(0, 2048)).find("<html") != std::string::npos);
}

std::string from_hint(std::string_view hint) {
  std::string h = lower(hint);
  h = h.substr(0, h.find(';'));
  if (h == "markdown" || h == "html" || h == "text" || h == "pdf") return h;
  if (h == "text/html" || h == "application/xhtml+xml") return "html";
  if (h == "text/markdown" || h == "text/x-markdown") return "markdown";
  if (h == "application/pdf") return "pdf";
  return {};
}

}  // namespace

bool looks_like_markdown(std::string_view bytes) {
  if (scrapers::read::read_front_matter(bytes)) return true;
  int headings = 0, bold_leads = 0, links = 0;
  size_t pos = 0;
  size_t limit = std::min<size_t>(bytes.size(), 256 * 1024);
  while (pos < limit) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, (nl == std::string_view::npos ? bytes.size() : nl) - pos);
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') ++headings;
    size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    std::string_view rest = line.substr(i);
    if (rest.size() > 4 && (rest[0] == '*' || rest[0] == '-' || rest[0] == '+') && rest[1] == ' ' &&
        rest.substr(2, 2) == "**") {
      ++bold_leads;
    }
    if (line.find("](http") != std::string_view::npos) ++links;
  }
  return headings >= 2 || (headings >= 1 && bold_leads + links >= 1) || bold_leads >= 2;
}

std::string detect_format(std::string_view name, std::string_view bytes, std::string_view hint) {
  if (bytes.compare(0, 5, "%PDF-") == 0) return "pdf";
  std::string from = from_hint(hint);
  if (!from.empty()) return from;
  std::string ext = extension(name);
  if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd") return "markdown";
  if (ext == "html" || ext == "htm" || ext == "xhtml") return "html";
  if (ext == "pdf") return "pdf";
  if (looks_like_html(bytes)) return "html";
  if (looks_like_markdown(bytes)) return "markdown";
  return "text";
}

}  // namespace scrapers
