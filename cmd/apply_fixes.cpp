// Applying suggestions in place; tested in tests/cmd/fix_test.cpp.
#include "cmd/apply_fixes.h"

#include <algorithm>
#include <filesystem>

#include "reports/atomic_write.h"

namespace cmd {
namespace {

bool fixable(const core::Finding& f, const std::string& bytes) {
  // Errors only: a warning (another variant's value) leaves the choice to the writer.
  if (f.severity != core::Severity::error || f.suggestion.empty() || f.span.empty() || f.span.end > bytes.size()) return false;
  // Only a figure whose GPU is named outright (a possessive, its own clause, a table cell) is
  // rewritten: a fallback attribution may be about another GPU than the one the fix is for.
  if (f.confidence < 0.85) return false;
  const std::string_view text(bytes.data() + f.span.begin, f.span.size());
  return text.find_first_of("<>&\r\n") == std::string_view::npos && f.suggestion.find_first_of("\r\n") == std::string::npos;
}

}  // namespace

FixResult apply_fixes(core::FileReport& file, bool backup) {
  FixResult result;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!file.source || file.path == "<stdin>" || file.path.find("://") != std::string::npos ||
      !fs::is_regular_file(file.path, ec)) {
    return result;
  }
  std::string ext = fs::path(file.path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".pdf") return result;
  const std::string& bytes = file.source->bytes();
  std::vector<size_t> candidates;
  for (size_t i = 0; i < file.findings.size(); ++i) {
    if (fixable(file.findings[i], bytes)) candidates.push_back(i);
  }
  std::sort(candidates.begin(), candidates.end(),
            [&](size_t a, size_t b) { return file.findings[a].span.begin < file.findings[b].span.begin; });
  // Two findings on the same span with the same suggestion are one fix; different or
  // overlapping ones are ambiguous and none of them is applied.
  std::vector<size_t> chosen;
  std::vector<bool> drop(file.findings.size(), false);
  for (size_t k = 0; k < candidates.size(); ++k) {
    const auto& f = file.findings[candidates[k]];
    bool ambiguous = false;
    for (size_t j = 0; j < candidates.size(); ++j) {
      const auto& g = file.findings[candidates[j]];
      if (j == k || g.span.end <= f.span.begin || f.span.end <= g.span.begin) continue;
      if (g.span.begin == f.span.begin && g.span.end == f.span.end && g.suggestion == f.suggestion) continue;
      ambiguous = true;
    }
    if (ambiguous) continue;
    drop[candidates[k]] = true;
    if (chosen.empty() || file.findings[chosen.back()].span.begin != f.span.begin) chosen.push_back(candidates[k]);
  }
  if (chosen.empty()) return result;
  std::string fixed = bytes;
  for (auto it = chosen.rbegin(); it != chosen.rend(); ++it) {
    const auto& f = file.findings[*it];
    fixed.replace(f.span.begin, f.span.size(), f.suggestion);
  }
  if (backup) {
    if (auto e = reports::write_file_atomically(file.path + ".orig", bytes)) {
      result.error = e;
      return result;
    }
  }
  if (auto e = reports::write_file_atomically(file.path, fixed)) {
    result.error = e;
    return result;
  }
  result.applied = static_cast<int>(std::count(drop.begin(), drop.end(), true));
  std::vector<core::Finding> left;
  for (size_t i = 0; i < file.findings.size(); ++i) {
    if (!drop[i]) left.push_back(std::move(file.findings[i]));
  }
  file.findings = std::move(left);
  return result;
}

}  // namespace cmd
