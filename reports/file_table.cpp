// Per-file count table; tested in tests/reports/file_table_test.cpp.
#include "reports/file_table.h"

#include <algorithm>

#include "reports/tally.h"
#include "reports/utf8_text.h"

namespace reports {
namespace {

// Code points, not bytes, so a path with "é" does not push its row's numbers right.
size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string render_file_table(const std::vector<core::FileReport>& files) {
  const std::vector<std::string> heads{"errors", "warnings", "infos", "input errors"};
  size_t width = 4;  // "file"
  for (const auto& f : files) width = std::max(width, display_width(printable(f.path)));
  auto pad = [](std::string s, size_t w, bool right) {
    const size_t have = display_width(s);
    const std::string fill(w > have ? w - have : 0, ' ');
    return right ? fill + s : s + fill;
  };
  std::string out = pad("file", width, false);
  for (const auto& h : heads) out += "  " + h;
  out += "\n";
  for (const auto& f : files) {
    const Tally t = tally({f});
    const int counts[] = {t.errors, t.warnings, t.infos, t.input_errors};
    std::string row = pad(printable(f.path), width, false);
    for (size_t i = 0; i < heads.size(); ++i) row += "  " + pad(std::to_string(counts[i]), heads[i].size(), true);
    out += row + "\n";
  }
  return out;
}

}  // namespace reports
