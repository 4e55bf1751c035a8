// datasets/waivers.json: findings accepted on purpose, with a reason, an author and an expiry; tested in tests/audit/waivers_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"

namespace audit {

struct Waiver {
  std::string fingerprint;  // the finding's fingerprint (factcheck audit show prints them)
  std::string reason;
  std::string author;
  std::string expires;      // YYYY-MM-DD; the waiver holds through that day
  core::Position position;
};

struct WaiverList {
  std::vector<Waiver> waivers;
  core::Errors errors;  // a waiver without reason, author or a valid expiry is an error
};

// {"version":1,"waivers":[{"fingerprint":"...","reason":"...","author":"...","expires":"2026-06-30"}]}
// A missing file is an empty list.
WaiverList load_waivers(const std::string& path);

enum class WaiverState { none, active, expired };
// `today` is YYYY-MM-DD.
WaiverState waiver_state(const WaiverList& list, const std::string& fingerprint, const std::string& today,
                         const Waiver** which = nullptr);

}  // namespace audit
