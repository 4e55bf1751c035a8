// Block page, captcha and empty-page detection for fetched sources; tested in tests/scrapers/page_health_test.cpp.
#include "scrapers/fetch/page_health.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace scrapers {
namespace {

// Phrases the common anti-bot services and CDNs put on their interstitials. Each is
// specific enough not to occur in a spec sheet or an article about GPUs.
constexpr std::array<std::string_view, 12> kBlockMarkers = {
    "captcha",        "cf-challenge",        "just a moment...",         "attention required! | cloudflare",
    "access denied",  "request blocked",     "are you a robot",          "verify you are human",
    "unusual traffic", "pardon our interruption", "_incapsula_resource", "bot detection",
};

std::string lowered_prefix(std::string_view body, size_t limit) {
  std::string out(body.substr(0, std::min(body.size(), limit)));
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Visible characters outside tags, roughly: enough to tell a shell from a page.
size_t visible_characters(std::string_view html) {
  size_t count = 0;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag && !std::isspace(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

}  // namespace

const char* to_string(PageHealth health) {
  switch (health) {
    case PageHealth::ok: return "ok";
    case PageHealth::empty: return "empty";
    case PageHealth::block_page: return "block page";
  }
  return "?";
}

PageHealth page_health(std::string_view body, std::string* why) {
  constexpr size_t kLook = 64 * 1024;
  if (visible_characters(body.substr(0, std::min(body.size(), kLook))) == 0) {
    if (why) *why = "the page has no visible text";
    return PageHealth::empty;
  }
  // PDFs are binary: their words are not in the bytes, and they are never block pages.
  if (body.substr(0, 5) == "%PDF-") return PageHealth::ok;
  const std::string text = lowered_prefix(body, kLook);
  for (auto marker : kBlockMarkers) {
    if (text.find(marker) != std::string::npos) {
      if (why) *why = "the page looks like a block page (\"" + std::string(marker) + "\")";
      return PageHealth::block_page;
    }
  }
  return PageHealth::ok;
}

}  // namespace scrapers
