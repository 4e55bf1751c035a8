// Loads and applies audit waivers; tested in tests/audit/waivers_test.cpp.
#include "audit/waivers.h"

#include <cctype>
#include <filesystem>

#include "catalog/json_node.h"

namespace audit {
namespace {

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

WaiverList load_waivers(const std::string& path) {
  WaiverList out;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  auto src = core::read_source_file(path);
  if (!src.ok()) {
    out.errors.push_back(src.error());
    return out;
  }
  auto root = catalog::json::parse(*src);
  if (!root.ok()) {
    out.errors.push_back(root.error());
    return out;
  }
  auto fail = [&](size_t offset, const std::string& message) {
    out.errors.push_back({core::ErrorCode::schema, message, src->position(offset)});
  };
  const auto* list = root->is(catalog::json::Kind::object) ? root->get("waivers") : nullptr;
  if (!list || !list->is(catalog::json::Kind::array)) {
    fail(root->offset, "a waivers file is an object with a \"waivers\" array");
    return out;
  }
  for (const auto& item : list->items) {
    Waiver w;
    w.position = src->position(item.offset);
    bool ok = item.is(catalog::json::Kind::object);
    for (const char* key : {"fingerprint", "reason", "author", "expires"}) {
      const auto* v = ok ? item.get(key) : nullptr;
      if (!v || !v->is(catalog::json::Kind::string) || v->text.empty()) {
        fail(item.offset, std::string("a waiver needs a non-empty \"") + key + "\"");
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    w.fingerprint = item.get("fingerprint")->text;
    w.reason = item.get("reason")->text;
    w.author = item.get("author")->text;
    w.expires = item.get("expires")->text;
    if (!is_date(w.expires)) {
      fail(item.get("expires")->offset, "\"expires\" must be a date, YYYY-MM-DD, not \"" + w.expires + "\"");
      continue;
    }
    out.waivers.push_back(std::move(w));
  }
  return out;
}

WaiverState waiver_state(const WaiverList& list, const std::string& fingerprint, const std::string& today,
                         const Waiver** which) {
  WaiverState state = WaiverState::none;
  for (const auto& w : list.waivers) {
    if (w.fingerprint != fingerprint) continue;
    if (which) *which = &w;
    if (today <= w.expires) return WaiverState::active;  // ISO dates compare as strings
    state = WaiverState::expired;
  }
  return state;
}

}  // namespace audit
