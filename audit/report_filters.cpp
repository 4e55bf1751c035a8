// CSS-only filters for the audit index; tested in tests/audit/units_test.cpp and in headless Chromium (tests/audit/browser/audit_check.py).
#include "audit/report_filters.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "reports/html_text.h"

namespace audit {

std::string css_string(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%x ", c);  // the space ends the escape
      out += buf;
    }
  }
  return out;
}

std::string filter_controls(const std::vector<FilterAxis>& axes) {
  std::string out = "<form class=\"filters\" aria-label=\"filter the findings\">";
  for (const FilterAxis& axis : axes) {
    const std::string id = "filter-" + axis.attribute;
    out += "<label for=\"" + id + "\">" + reports::html_escape(axis.label) + "</label> <select id=\"" + id + "\">" +
           "<option value=\"\" selected>all</option>";
    for (const auto& [value, label] : axis.values) {
      out += "<option value=\"" + reports::html_escape(value) + "\">" + reports::html_escape(label) + "</option>";
    }
    out += "</select> ";
  }
  // A reset button resets a form without script; it is the way back to "everything".
  return out + "<button type=\"reset\">show all</button></form>\n";
}

std::string filter_css(const std::vector<FilterAxis>& axes) {
  std::string out;
  for (const FilterAxis& axis : axes) {
    for (const auto& entry : axis.values) {
      const std::string v = css_string(entry.first);
      out += "body:has(#filter-" + axis.attribute + " option[value=\"" + v + "\"]:checked) tr[data-" + axis.attribute +
             "]:not([data-" + axis.attribute + "=\"" + v + "\"]){display:none}\n";
    }
  }
  return out;
}

}  // namespace audit
