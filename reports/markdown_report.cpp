// Markdown renderer; tested in tests/reports/markdown_report_test.cpp and tests/golden/reports/article.md.
#include "reports/markdown_report.h"

#include <algorithm>

#include "reports/claim_context.h"
#include "reports/display_names.h"
#include "reports/location.h"
#include "reports/markdown_text.h"
#include "reports/review_model.h"
#include "reports/utf8_text.h"

namespace reports {

namespace {

constexpr size_t kTitleWidth = 60;     // code points of a source title in a table cell
constexpr size_t kPhraseContext = 30;  // bytes of context around a changed phrase

const char* const kDash = "\xE2\x80\x94";

std::string shortened(const std::string& text, size_t width) {
  const std::string valid = valid_utf8(text);
  size_t at = 0, points = 0;
  while (at < valid.size() && points < width) {
    ++at;
    while (at < valid.size() && (static_cast<unsigned char>(valid[at]) & 0xC0) == 0x80) ++at;
    ++points;
  }
  return at < valid.size() ? valid.substr(0, at) + "\xE2\x80\xA6" : valid;
}

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// A finding shown as a row: the file, its lead finding, the others on the same span.
struct Row {
  const core::FileReport* file;
  const FindingGroup* group;
  const core::Finding& lead() const { return file->findings[group->lead]; }
};

std::string source_cell(const core::Finding& f) {
  if (f.evidence.empty()) return f.verdict == core::Verdict::inconsistent ? "this article" : kDash;
  const core::Evidence& e = f.evidence.front();
  std::string out = md_escape(source_kind_label(e.source_kind));
  if (!e.title.empty()) out += ": " + md_link(shortened(source_title(e.title), kTitleWidth), e.url);
  else if (!e.url.empty()) out = md_link(out, e.url);
  if (f.evidence.size() > 1) out += " (+" + std::to_string(f.evidence.size() - 1) + ")";
  return out;
}

std::string table_row(const Row& row) {
  const core::Finding& f = row.lead();
  const Region r = finding_region(*row.file, f);
  std::string out = "| " + (r.line > 0 ? std::to_string(r.line) : std::string(kDash)) + " | ";
  out += (f.gpu.empty() ? std::string(kDash) : md_escape(gpu_name(*row.file, f.gpu))) + " | ";
  out += (f.field.empty() ? std::string(kDash) : md_escape(field_label(f.field))) + " | ";
  out += (f.claimed.empty() ? std::string(kDash) : md_code(f.claimed, true)) + " | ";
  out += (f.expected.empty() ? std::string(kDash) : md_code(f.expected, true)) + " | ";
  out += source_cell(f) + " | ";
  out += (f.suggestion.empty() ? std::string(kDash) : md_code(f.suggestion, true)) + " |\n";
  return out;
}

std::string evidence_item(const Row& row) {
  const core::Finding& f = row.lead();
  const Region r = finding_region(*row.file, f);
  std::string out = r.line > 0 ? "- **Line " + std::to_string(r.line) + "**" : std::string("- **No line**");
  if (!f.gpu.empty()) out += " \xC2\xB7 " + md_escape(gpu_name(*row.file, f.gpu));
  if (!f.field.empty()) out += " \xC2\xB7 " + md_escape(field_label(f.field));
  out += ": " + md_escape(f.message);
  if (!f.rule.empty()) out += " " + md_code(f.rule);
  out += "\n";
  if (!f.reading.empty()) out += "  - innocent reading: " + md_escape(f.reading) + "\n";
  for (const core::Evidence& e : f.evidence) {
    const std::string title = !e.title.empty() ? source_title(e.title) : (!e.url.empty() ? e.url : std::string());
    out += "  - " + md_escape(source_kind_label(e.source_kind));
    if (!e.gpu.empty()) out += " (" + md_escape(gpu_name(*row.file, e.gpu)) + ")";
    out += ": " + md_escape(e.value);
    if (!title.empty()) out += ", " + md_link(title, e.url);
    if (!e.detail.empty()) out += ", " + md_escape(e.detail);
    out += "\n";
  }
  for (const core::RelatedLocation& rel : f.related) {
    const Region rr = related_region(*row.file, rel);
    out += "  - see also line " + std::to_string(rr.line) + (rel.message.empty() ? "" : ": " + md_escape(rel.message)) + "\n";
  }
  for (size_t i : row.group->others) {
    const core::Finding& o = row.file->findings[i];
    out += "  - also on this claim (" + std::string(core::to_string(o.severity)) + "): " + md_escape(o.message);
    if (!o.rule.empty()) out += " " + md_code(o.rule);
    out += "\n";
  }
  return out;
}

// The claim's line with the suggestion in place of the claim, when the claim sits on one line.
std::string corrected_line(const core::FileReport& file, const core::Finding& f) {
  if (!file.source || f.span.end > file.source->size() || f.span.empty()) return {};
  const int line = file.source->position(f.span.begin).line;
  if (file.source->position(f.span.end).line != line) return {};
  const std::string text(file.source->line_text(line));
  const size_t begin = f.span.begin - file.source->line_start(line);
  if (begin + f.span.size() > text.size()) return {};
  return valid_utf8(text.substr(0, begin) + f.suggestion + text.substr(begin + f.span.size()));
}

std::string suggestion(const Row& row, const MarkdownOptions& options) {
  const core::Finding& f = row.lead();
  const core::FileReport& file = *row.file;
  const Region r = finding_region(file, f);
  std::string out = "Line " + std::to_string(r.line) + ": ";
  const std::string line = corrected_line(file, f);
  if (options.suggestion_blocks && !line.empty() && line.size() <= options.suggestion_line_limit) {
    const std::string fence(std::max<size_t>(3, longest_run(line, '`') + 1), '`');
    return out + "replace " + md_code(f.claimed.empty() ? f.suggestion : f.claimed) + " with " + md_code(f.suggestion) +
           "\n\n" + fence + "suggestion\n" + line + "\n" + fence + "\n\n";
  }
  // A long line (a whole table on one line): show only what changes, in the words the
  // reader sees.
  if (const auto c = claim_context(file, f.span, kPhraseContext)) {
    const std::string lead = c->cut_before ? "\xE2\x80\xA6" : "", tail = c->cut_after ? "\xE2\x80\xA6" : "";
    out += c->table_cell ? "in the table cell " : "in ";
    out += md_code(lead + c->before + c->claim + c->after + tail) + " write " +
           md_code(lead + c->before + f.suggestion + c->after + tail) + "\n\n";
    return out;
  }
  return out + "replace " + md_code(f.claimed.empty() ? f.suggestion : f.claimed) + " with " + md_code(f.suggestion) +
         "\n\n";
}

// Ends `out` with exactly one empty line, so blocks are separated the same way wherever they end.
void blank_line(std::string& out) {
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  out += out.empty() || out.back() == '\n' ? "\n" : "\n\n";
}

const char* severity_heading(core::Severity s) {
  switch (s) {
    case core::Severity::error: return "Errors";
    case core::Severity::warning: return "Warnings";
    case core::Severity::info: return "Notes";
  }
  return "Notes";
}

// Renders at most `budget` rows over all files (the rest counted in `hidden`).
std::string render_limited(const std::vector<core::FileReport>& files, const std::vector<ReviewModel>& models,
                           const MarkdownOptions& options, size_t budget, const Tally& total) {
  std::string out = "## factcheck: " + summary_sentence(total) + "\n";
  size_t shown = 0;
  size_t hidden[3] = {0, 0, 0};
  int clean = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    const core::FileReport& file = files[i];
    const ReviewModel& model = models[i];
    if (model.groups.empty() && file.errors.empty()) {
      ++clean;
      continue;
    }
    blank_line(out);
    out += "### " + md_code(file.path);
    if (!file.title.empty()) out += " \xE2\x80\x94 " + md_escape(file.title);
    out += "\n\n";
    for (const core::Error& e : file.errors) {
      core::Error err = e;
      if (err.position.file.empty()) err.position.file = file.path;
      out += "> **Could not check:** " + md_escape(err.format()) + "\n\n";
    }
    size_t claims = 0, confirmed = 0;
    for (const Mark& m : model.marks) {
      claims += m.claim;
      confirmed += m.claim && m.verdict == core::Verdict::supported;
    }
    if (claims > 0) {
      out += "**" + plural(confirmed, "claim", "claims") + " checked and confirmed** of " +
             plural(claims, "claim", "claims") + " found.\n\n";
    }
    std::vector<Row> suggestions;
    for (const core::Severity s : {core::Severity::error, core::Severity::warning, core::Severity::info}) {
      std::vector<Row> rows;
      for (const FindingGroup& g : model.groups) {
        if (file.findings[g.lead].severity != s) continue;
        if (shown < budget) {
          rows.push_back({&file, &g});
          ++shown;
        } else {
          ++hidden[static_cast<int>(s)];
        }
      }
      if (rows.empty()) continue;
      out += "#### " + std::string(severity_heading(s)) + " (" + std::to_string(rows.size()) + ")\n\n";
      out += "| Line | GPU | Field | Claimed | Expected | Source | Suggestion |\n";
      out += "|---:|---|---|---|---|---|---|\n";
      for (const Row& row : rows) out += table_row(row);
      std::string kind = severity_heading(s);
      kind[0] = static_cast<char>(kind[0] - 'A' + 'a');
      out += "\n<details><summary>Evidence for these " + kind + "</summary>\n\n";  // the blank line lets GitHub read Markdown inside
      for (const Row& row : rows) out += evidence_item(row);
      out += "\n</details>\n\n";
      for (const Row& row : rows) {
        if (!row.lead().suggestion.empty()) suggestions.push_back(row);
      }
    }
    if (!suggestions.empty()) {
      std::sort(suggestions.begin(), suggestions.end(),
                [](const Row& a, const Row& b) { return a.lead().span.begin < b.lead().span.begin; });
      out += "**Suggestions**\n\n";
      for (const Row& row : suggestions) out += suggestion(row, options);
    }
  }
  const size_t rest = hidden[0] + hidden[1] + hidden[2];
  if (rest > 0) {
    std::string counts;
    const auto add = [&](size_t n, const char* one, const char* many) {
      if (n) counts += (counts.empty() ? "" : ", ") + plural(n, one, many);
    };
    add(hidden[2], "error", "errors");
    add(hidden[1], "warning", "warnings");
    add(hidden[0], "note", "notes");
    blank_line(out);
    out += "**" + plural(rest, "more finding", "more findings") + " not shown** (" + counts + ") to keep this comment under " +
           std::to_string(options.max_chars) + " characters: see the full report, `factcheck --format html -o report.html` "
           "or `--format sarif`.\n";
  }
  if (clean > 0 && static_cast<size_t>(clean) < files.size()) {
    blank_line(out);
    out += std::to_string(clean) + (clean == 1 ? " other file had" : " other files had") + " no findings.\n";
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  return out;
}

}  // namespace

std::string render_markdown(const std::vector<core::FileReport>& files, const MarkdownOptions& options) {
  std::vector<ReviewModel> models;
  size_t rows = 0;
  for (const core::FileReport& f : files) {
    models.push_back(review_model(f));
    rows += models.back().groups.size();
  }
  const Tally total = review_tally(files);
  std::string out = render_limited(files, models, options, rows, total);
  if (out.size() <= options.max_chars) return out;
  // The most rows that fit: a binary search, each step one render (linear in the output).
  size_t lo = 0, hi = rows;
  std::string best = render_limited(files, models, options, 0, total);
  while (lo < hi) {
    const size_t mid = lo + (hi - lo + 1) / 2;
    std::string attempt = render_limited(files, models, options, mid, total);
    if (attempt.size() <= options.max_chars) {
      lo = mid;
      best = std::move(attempt);
    } else {
      hi = mid - 1;
    }
  }
  if (best.size() > options.max_chars) {
    // Even the counts alone are too long (thousands of input errors): cut at a line.
    const std::string note = "\n\n**Cut here** to stay under the comment limit: see the HTML or SARIF report.";
    size_t cut = best.rfind('\n', options.max_chars > note.size() ? options.max_chars - note.size() : 0);
    best = best.substr(0, cut == std::string::npos ? 0 : cut) + note;
  }
  return best;
}

}  // namespace reports
