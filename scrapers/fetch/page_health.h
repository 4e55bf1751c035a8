// Is a fetched page the page, or a block page, a captcha or nothing; tested in tests/scrapers/page_health_test.cpp.
#pragma once
#include <string>
#include <string_view>

namespace scrapers {

enum class PageHealth {
  ok,
  empty,       // no bytes, or only whitespace / an empty HTML shell
  block_page,  // an anti-bot interstitial, captcha or "access denied" page answered with 200
};
const char* to_string(PageHealth health);

// Looks only at a bounded prefix of the body (the first 64 KiB), so it is cheap on large
// pages; block pages put their tell-tale words near the top. `why` names what was seen.
PageHealth page_health(std::string_view body, std::string* why = nullptr);

}  // namespace scrapers
