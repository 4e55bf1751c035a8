// Retry backoff and Retry-After; tested in tests/scrapers/fetch_test.cpp.
#include "scrapers/fetch/retry_delay.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <ctime>

namespace scrapers::net {

long retry_delay_ms(int attempt, const std::string& retry_after, long base_ms, long max_ms, double jitter, long now_s) {
  long delay = -1;
  if (!retry_after.empty()) {
    if (std::all_of(retry_after.begin(), retry_after.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      // Ten digits of seconds would overflow the arithmetic below and is past any cap anyway.
      delay = retry_after.size() > 9 ? max_ms : std::stol(retry_after) * 1000;
    } else if (time_t at = curl_getdate(retry_after.c_str(), nullptr); at != -1) {
      delay = std::max(0L, (static_cast<long>(at) - now_s) * 1000);
    }
  }
  if (delay < 0) {
    double backoff = static_cast<double>(base_ms) * static_cast<double>(1L << std::min(attempt - 1, 20));
    delay = static_cast<long>(std::min(backoff, static_cast<double>(max_ms)) * jitter);
  }
  return std::clamp(delay, 0L, max_ms);
}

}  // namespace scrapers::net
