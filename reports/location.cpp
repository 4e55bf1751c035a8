// Region resolution for findings; tested in tests/reports/location_test.cpp.
#include "reports/location.h"

namespace reports {

namespace {
Region resolve(const core::FileReport& file, const core::Span& span, const core::Position& begin,
               const core::Position* end) {
  Region r;
  const bool span_fits = file.source && span.end <= file.source->size() && span.begin <= span.end;
  if (begin.line > 0) {
    r.line = begin.line;
    r.column = begin.column;
  } else if (span_fits) {
    const core::Position p = file.source->position(span.begin);
    r.line = p.line;
    r.column = p.column;
  }
  if (end && end->line > 0) {
    r.end_line = end->line;
    r.end_column = end->column;
  } else if (span_fits) {
    const core::Position p = file.source->position(span.end);
    r.end_line = p.line;
    r.end_column = p.column;
  } else {
    r.end_line = r.line;
    r.end_column = r.column;
  }
  return r;
}
}  // namespace

Region finding_region(const core::FileReport& file, const core::Finding& finding) {
  return resolve(file, finding.span, finding.begin, &finding.end);
}

Region related_region(const core::FileReport& file, const core::RelatedLocation& related) {
  return resolve(file, related.span, related.position, nullptr);
}

std::string format_location(const std::string& path, const Region& region) {
  std::string out = path;
  if (region.line > 0) {
    out += ":" + std::to_string(region.line);
    if (region.column > 0) out += ":" + std::to_string(region.column);
  }
  return out;
}

}  // namespace reports
