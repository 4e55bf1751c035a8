// The audit index's filters by GPU, field and source kind, in CSS alone; tested in tests/audit/units_test.cpp and in headless Chromium (tests/audit/browser/).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace audit {

// One dimension a row can be filtered on: the attribute rows carry it as (`data-gpu`), the
// select's id, what it says, and each value with the label a person reads.
struct FilterAxis {
  std::string attribute;  // "gpu" -> rows carry data-gpu="..."
  std::string label;      // "GPU"
  std::map<std::string, std::string> values;  // value -> label shown in the menu
};

// A <select> per axis, "all" first. The page needs no script: for each value a rule
//   body:has(#filter-gpu option[value="V"]:checked) tr[data-gpu]:not([data-gpu="V"]) {display:none}
// hides the rows of every other value, so the axes combine as "and". Rows without the
// attribute (the sources table has no GPU) are never hidden by that axis.
std::string filter_controls(const std::vector<FilterAxis>& axes);
std::string filter_css(const std::vector<FilterAxis>& axes);

// `text` as the body of a double-quoted CSS string: anything but letters, digits, '-' and
// '_' as a hex escape, so a source id cannot end the selector or the rule.
std::string css_string(const std::string& text);

}  // namespace audit
