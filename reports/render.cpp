// Format selection and dispatch; tested in tests/reports/render_test.cpp.
#include "reports/render.h"

#include "reports/file_table.h"
#include "reports/github_report.h"
#include "reports/html_report.h"
#include "reports/json_report.h"
#include "reports/junit_report.h"
#include "reports/markdown_report.h"
#include "reports/sarif_report.h"
#include "reports/tally.h"
#include "reports/text_report.h"

namespace reports {

bool parse_format(std::string_view name, Format& out) {
  if (name == "text") out = Format::text;
  else if (name == "json") out = Format::json;
  else if (name == "sarif") out = Format::sarif;
  else if (name == "markdown" || name == "md") out = Format::markdown;
  else if (name == "html") out = Format::html;
  else if (name == "github") out = Format::github;
  else if (name == "junit") out = Format::junit;
  else return false;
  return true;
}

const char* to_string(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::json: return "json";
    case Format::sarif: return "sarif";
    case Format::markdown: return "markdown";
    case Format::html: return "html";
    case Format::github: return "github";
    case Format::junit: return "junit";
  }
  return "text";
}

const char* format_names() { return "text|json|sarif|markdown|html|github|junit"; }

std::string render(Format format, const std::vector<core::FileReport>& files, const std::vector<core::RuleInfo>& rules,
                   const RenderOptions& options) {
  switch (format) {
    case Format::text: {
      TextOptions o;
      o.color = options.color;
      o.summary = false;
      std::string out = render_text(files, o);
      if (options.file_table) out += "\n" + render_file_table(files);
      if (options.summary) out += summary_sentence(tally(files)) + "\n";
      return out;
    }
    case Format::json: {
      JsonOptions o;
      o.tool_version = options.tool_version;
      return render_json(files, o);
    }
    case Format::sarif: {
      SarifOptions o;
      o.tool_version = options.tool_version;
      o.information_uri = options.information_uri;
      o.base_directory = options.base_directory;
      return render_sarif(files, rules, o);
    }
    case Format::markdown: return render_markdown(files);
    case Format::html: {
      HtmlOptions o;
      o.tool_version = options.tool_version;
      return render_html(files, o);
    }
    case Format::github: return render_github(files);
    case Format::junit: return render_junit(files);
  }
  return render_text(files);
}

}  // namespace reports
