// How long to wait before retrying a transfer: exponential backoff with jitter, or the server's Retry-After; tested in tests/scrapers/fetch_test.cpp.
#pragma once
#include <string>

namespace scrapers::net {

// The wait before retry `attempt` (1-based): Retry-After when the server sent one (seconds
// or an HTTP-date, against `now_s`), else base x 2^(attempt-1) scaled by `jitter` in
// [0.5, 1]; never more than max_ms. Pure, so the schedule is testable without a clock.
long retry_delay_ms(int attempt, const std::string& retry_after, long base_ms, long max_ms, double jitter, long now_s);

}  // namespace scrapers::net
