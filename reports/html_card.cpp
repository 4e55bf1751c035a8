// Finding cards; tested in tests/reports/html_report_test.cpp and in headless Chromium (tests/reports/browser/).
#include "reports/html_card.h"

#include <algorithm>

#include "reports/claim_context.h"
#include "reports/display_names.h"
#include "reports/html_ids.h"
#include "reports/html_text.h"
#include "reports/location.h"
#include "reports/snippet.h"

namespace reports {

namespace {

constexpr size_t kQuoteContext = 90;  // characters of the sentence shown on each side

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string link_or_text(const std::string& url, const std::string& label) {
  if (!is_safe_link(url)) return html_escape(label);
  return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + html_escape(label) + "</a>";
}

// The claim in its sentence as the reader shows it (markup gone), cut to a window.
std::string quote(const core::FileReport& file, const core::Finding& f) {
  if (const auto c = claim_context(file, f.span, kQuoteContext)) {
    return std::string(c->cut_before ? "\xE2\x80\xA6" : "") + html_escape(c->before) + "<mark>" + html_escape(c->claim) +
           "</mark>" + html_escape(c->after) + (c->cut_after ? "\xE2\x80\xA6" : "");
  }
  if (!file.source) return {};
  const auto snippet = make_snippet(*file.source, f.span, SnippetOptions{8, 160});
  if (!snippet) return {};
  const std::string_view t(snippet->text);
  // Snippet columns count code points; walk them to bytes.
  const auto byte_at = [&](size_t column) {
    size_t at = 0;
    for (size_t c = 0; c < column && at < t.size(); ++c) {
      ++at;
      while (at < t.size() && continuation(t[at])) ++at;
    }
    return at;
  };
  const size_t b = byte_at(snippet->caret_column), e = byte_at(snippet->caret_column + snippet->caret_width);
  return html_escape(t.substr(0, b)) + "<mark>" + html_escape(t.substr(b, e - b)) + "</mark>" +
         html_escape(t.substr(e));
}

// A formula in words for the fields the derived rules recompute from the article's numbers.
const char* formula_of(const std::string& field) {
  if (field == "memory_bandwidth") return "bandwidth = bus width \xC3\x97 data rate per pin \xC3\xB7 8";
  if (field == "fp32_tflops") return "FP32 = 2 \xC3\x97 CUDA cores \xC3\x97 boost clock";
  if (field == "fp64_tflops") return "FP64 = FP32 \xC3\xB7 the stated FP32:FP64 ratio";
  return nullptr;
}

void evidence_table(std::string& out, const core::FileReport& file, const core::Finding& f) {
  if (f.evidence.empty()) return;
  out += "<table class=\"evidence\"><caption>Evidence</caption><thead><tr><th>Source</th><th>GPU</th><th>Value</th>"
         "<th>Document</th><th>Date, driver, note</th></tr></thead><tbody>";
  for (const core::Evidence& e : f.evidence) {
    const std::string title =
        !e.title.empty() ? source_title(e.title) : (!e.url.empty() ? e.url : source_kind_label(e.source_kind));
    std::string document = e.url.empty() ? html_escape(title) : link_or_text(e.url, title);
    if (!e.capture.empty()) {
      // The capture file's name tells an editor what was measured; its folder is ours.
      const size_t slash = e.capture.find_last_of('/');
      document += " <span class=\"muted\">(capture " +
                  html_escape(slash == std::string::npos ? e.capture : e.capture.substr(slash + 1)) + ")</span>";
    }
    // data-label names the column where a narrow card shows each row as a stack (html_style.h).
    out += "<tr><td data-label=\"Source\">" + html_escape(source_kind_label(e.source_kind)) + "</td><td data-label=\"GPU\">" +
           html_escape(e.gpu.empty() ? std::string("\xE2\x80\x94") : gpu_name(file, e.gpu)) + "</td><td data-label=\"Value\">" +
           html_escape(e.value) + "</td><td data-label=\"Document\">" + document + "</td><td data-label=\"Note\">" +
           html_escape(e.detail) + "</td></tr>";
  }
  out += "</tbody></table>";
}

void verdict_badge(std::string& out, core::Verdict v) {
  out += "<span class=\"verdict v-" + std::string(core::to_string(v)) + "\"><span class=\"icon\" aria-hidden=\"true\">" +
         verdict_icon(v) + "</span> " + verdict_title(v) + "</span>";
}

}  // namespace

std::string render_card(const core::FileReport& file, const ReviewModel& model, size_t file_index, size_t group) {
  const FindingGroup& g = model.groups[group];
  const core::Finding& f = file.findings[g.lead];
  const Region r = finding_region(file, f);
  std::string out = "<li class=\"card v-" + std::string(core::to_string(f.verdict)) + " sev-" +
                    core::to_string(f.severity) + "\" id=\"" + card_id(file_index, group) + "\" tabindex=\"-1\">";
  out += "<div class=\"card-head\">";
  verdict_badge(out, f.verdict);
  out += "<span class=\"sev sev-" + std::string(core::to_string(f.severity)) + "\">" + core::to_string(f.severity) +
         "</span>";
  const std::string where = r.line > 0 ? "line " + std::to_string(r.line) : std::string("claim");
  if (g.mark != kNoMark) out += "<a class=\"where\" href=\"#" + mark_id(file_index, g.mark) + "\">" + where + "</a>";
  else if (r.line > 0) out += "<span class=\"where\">" + where + "</span>";
  std::string what;
  if (!f.gpu.empty()) what = gpu_name(file, f.gpu);
  if (!f.field.empty()) what += (what.empty() ? "" : " \xC2\xB7 ") + field_label(f.field);
  if (!what.empty()) out += "<span class=\"what\">" + html_escape(what) + "</span>";
  out += "</div>";
  out += "<p class=\"message\">" + html_escape(f.message) + "</p>";
  const std::string q = quote(file, f);
  if (!q.empty()) out += "<blockquote class=\"quote\">" + q + "</blockquote>";
  out += "<dl class=\"values\">";
  if (!f.claimed.empty()) out += "<dt>The article says</dt><dd>" + html_escape(f.claimed) + "</dd>";
  if (!f.expected.empty()) out += "<dt>Expected</dt><dd><strong>" + html_escape(f.expected) + "</strong></dd>";
  if (!f.reading.empty()) out += "<dt>Innocent reading</dt><dd>" + html_escape(f.reading) + "</dd>";
  if (f.rule.rfind("derived-", 0) == 0) {
    if (const char* formula = formula_of(f.field)) {
      out += "<dt>Formula</dt><dd>" + html_escape(formula) + ", on the article's own numbers</dd>";
    }
  }
  if (!f.suggestion.empty()) {
    out += "<dt>Suggestion</dt><dd class=\"suggestion\">change to <code>" + html_escape(f.suggestion) + "</code></dd>";
  }
  if (f.confidence < 1.0) {
    out += "<dt>Attribution</dt><dd>" + std::to_string(static_cast<int>(f.confidence * 100 + 0.5)) +
           "% sure the claim is about " + html_escape(f.gpu.empty() ? std::string("this GPU") : gpu_name(file, f.gpu)) +
           "</dd>";
  }
  out += "</dl>";
  evidence_table(out, file, f);
  for (const core::RelatedLocation& rel : f.related) {
    const Region rr = related_region(file, rel);
    out += "<p class=\"related\">See also line " + std::to_string(rr.line) +
           (rel.message.empty() ? std::string(".") : ": " + html_escape(rel.message)) + "</p>";
  }
  if (!g.others.empty()) {
    out += "<div class=\"others\"><p>Also found on this claim (weaker, shown here instead of a card of their own):</p><ul>";
    for (size_t i : g.others) {
      const core::Finding& o = file.findings[i];
      out += "<li>";
      verdict_badge(out, o.verdict);
      out += " " + html_escape(o.message);
      if (!o.expected.empty() && o.expected != f.expected) out += " (expected " + html_escape(o.expected) + ")";
      for (const core::RelatedLocation& rel : o.related) {
        out += " (see also line " + std::to_string(related_region(file, rel).line) +
               (rel.message.empty() ? std::string(")") : ": " + html_escape(rel.message) + ")");
      }
      if (!o.rule.empty()) out += " <span class=\"rule\">" + html_escape(o.rule) + "</span>";
      out += "</li>";
    }
    out += "</ul></div>";
  }
  out += "<nav class=\"card-nav\" aria-label=\"findings\">";
  if (group > 0) {
    out += "<a href=\"#" + card_id(file_index, group - 1) + "\" rel=\"prev\">\xE2\x86\x90 previous finding</a>";
  }
  if (group + 1 < model.groups.size()) {
    out += "<a href=\"#" + card_id(file_index, group + 1) + "\" rel=\"next\">next finding \xE2\x86\x92</a>";
  }
  if (!f.rule.empty()) out += "<span class=\"rule\">rule " + html_escape(f.rule) + "</span>";
  out += "</nav></li>\n";
  return out;
}

}  // namespace reports
