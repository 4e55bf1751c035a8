// Claim context from the document model; tested in tests/reports/claim_context_test.cpp.
#include "reports/claim_context.h"

#include <algorithm>

namespace reports {

namespace {
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::optional<ClaimContext> claim_context(const core::FileReport& file, core::Span span, size_t window) {
  if (!file.document) return std::nullopt;
  for (const core::Block& block : file.document->blocks) {
    const std::string& t = block.text;
    if (t.empty() || block.starts.size() != t.size() || block.ends.size() != t.size()) continue;
    if (span.begin < block.starts.front() || span.begin >= block.ends.back()) continue;
    size_t b = 0;
    while (b < t.size() && block.ends[b] <= span.begin) ++b;
    if (b >= t.size()) continue;
    size_t e = b;
    while (e < t.size() && block.starts[e] < std::max(span.end, span.begin + 1)) ++e;
    while (b > 0 && continuation(t[b])) --b;
    while (e < t.size() && continuation(t[e])) ++e;
    size_t from = b > window ? b - window : 0;
    size_t to = std::min(t.size(), e + window);
    while (from > 0 && continuation(t[from])) --from;
    while (to < t.size() && continuation(t[to])) ++to;
    std::string shown = t;
    if (block.kind != core::BlockKind::code) std::replace(shown.begin(), shown.end(), '\n', ' ');
    ClaimContext c;
    c.before = shown.substr(from, b - from);
    c.claim = shown.substr(b, e - b);
    c.after = shown.substr(e, to - e);
    c.cut_before = from > 0;
    c.cut_after = to < t.size();
    c.table_cell = block.kind == core::BlockKind::table_cell;
    return c;
  }
  return std::nullopt;
}

}  // namespace reports
