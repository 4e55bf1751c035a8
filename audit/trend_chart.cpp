// The SVG trend chart of open findings over recent runs; tested in tests/audit/report_site_test.cpp.
#include <algorithm>
#include <cstdio>

#include "audit/report_site.h"

namespace audit {

std::string trend_svg(const std::vector<std::pair<int64_t, int>>& points) {
  constexpr int kWidth = 600, kHeight = 160, kPad = 30;
  int top = 1;
  for (const auto& p : points) top = std::max(top, p.second);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" width=\"" + std::to_string(kWidth) +
                    "\" height=\"" + std::to_string(kHeight) + "\" role=\"img\" aria-label=\"open findings per run\">";
  svg += "<line x1=\"30\" y1=\"130\" x2=\"590\" y2=\"130\" stroke=\"#888\"/><line x1=\"30\" y1=\"10\" x2=\"30\" y2=\"130\" stroke=\"#888\"/>";
  svg += "<text x=\"2\" y=\"16\" font-size=\"10\">" + std::to_string(top) + "</text><text x=\"18\" y=\"130\" font-size=\"10\">0</text>";
  const double step = points.size() > 1 ? static_cast<double>(kWidth - 2 * kPad) / static_cast<double>(points.size() - 1) : 0;
  std::string path;
  char buf[160];
  for (size_t i = 0; i < points.size(); ++i) {
    double x = kPad + step * static_cast<double>(i);
    double y = 130.0 - 120.0 * points[i].second / top;
    std::snprintf(buf, sizeof buf, "%s%.1f,%.1f", i ? " L" : "M", x, y);
    path += buf;
    std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>run %lld: %d open</title></circle>", x, y,
                  static_cast<long long>(points[i].first), points[i].second);
    svg += buf;
    std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"146\" font-size=\"9\" text-anchor=\"middle\">%lld</text>", x,
                  static_cast<long long>(points[i].first));
    svg += buf;
  }
  if (!path.empty()) svg += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>";
  return svg + "</svg>";
}

}  // namespace audit
