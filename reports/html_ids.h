// Element ids shared by the HTML report's article view, cards and summary; tested through tests/reports/html_report_test.cpp.
#pragma once
#include <cstddef>
#include <string>

namespace reports {

// Per file and per item, so several articles share one page without clashes.
inline std::string mark_id(size_t file, size_t mark) {
  return "m" + std::to_string(file + 1) + "-" + std::to_string(mark + 1);
}
inline std::string card_id(size_t file, size_t group) {
  return "f" + std::to_string(file + 1) + "-" + std::to_string(group + 1);
}

}  // namespace reports
