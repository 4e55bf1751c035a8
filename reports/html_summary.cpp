// Per-file overview of the HTML report; tested in tests/reports/html_report_test.cpp.
#include "reports/html_summary.h"

#include <map>

#include "reports/display_names.h"
#include "reports/html_ids.h"
#include "reports/html_text.h"

namespace reports {

namespace {

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string count_item(size_t n, const std::string& label, const std::string& first_id) {
  std::string item = "<li><span class=\"count\">" + std::to_string(n) + "</span>";
  item += first_id.empty() || n == 0 ? label : "<a href=\"#" + first_id + "\">" + label + "</a>";
  return item + "</li>";
}

}  // namespace

std::string render_file_overview(const core::FileReport& file, const ReviewModel& model, size_t file_index) {
  constexpr core::Verdict kOrder[] = {core::Verdict::refuted, core::Verdict::inconsistent, core::Verdict::explained,
                                      core::Verdict::unverifiable, core::Verdict::supported};
  std::map<core::Verdict, size_t> claims_by_verdict, first_mark;
  size_t claims = 0;
  for (size_t m = 0; m < model.marks.size(); ++m) {
    if (!model.marks[m].claim) continue;
    ++claims;
    ++claims_by_verdict[model.marks[m].verdict];
    first_mark.emplace(model.marks[m].verdict, m);
  }
  std::string out = "<div class=\"overview\">";
  const size_t confirmed = claims_by_verdict[core::Verdict::supported];
  if (claims == 0 && !model.groups.empty()) {
    // A caller that handed over findings but no claims: nothing can be said about the rest.
    out += "<p class=\"confirmed\">" + plural(model.groups.size(), "finding", "findings") +
           "; the claims checked without a finding were not listed for this file.</p>";
  } else {
    out += "<p class=\"confirmed\"><strong>" + plural(confirmed, "claim", "claims") + " checked and confirmed</strong>";
    out += claims > 0 ? " of " + plural(claims, "claim", "claims") + " found in the article." : "; no claims found.";
    out += "</p>";
  }

  if (claims > 0) {
    out += "<div><h3>Claims by verdict</h3><ul>";
    for (const core::Verdict v : kOrder) {
      const size_t n = claims_by_verdict[v];
      const std::string label = std::string("<span class=\"verdict v-") + core::to_string(v) +
                                "\"><span class=\"icon\" aria-hidden=\"true\">" + verdict_icon(v) + "</span> " +
                                verdict_title(v) + "</span> <span class=\"legend\">" + verdict_meaning(v) + "</span>";
      out += count_item(n, label, n ? mark_id(file_index, first_mark[v]) : "");
    }
    out += "</ul></div>";
  }

  constexpr core::Severity kSeverities[] = {core::Severity::error, core::Severity::warning, core::Severity::info};
  std::map<core::Severity, size_t> cards_by_severity, first_card;
  for (size_t g = 0; g < model.groups.size(); ++g) {
    const core::Severity s = file.findings[model.groups[g].lead].severity;
    ++cards_by_severity[s];
    first_card.emplace(s, g);
  }
  out += "<div><h3>Findings by severity</h3><ul>";
  for (const core::Severity s : kSeverities) {
    const size_t n = cards_by_severity[s];
    const char* name = s == core::Severity::error ? "errors" : s == core::Severity::warning ? "warnings" : "notes (info)";
    out += count_item(n, name, n ? card_id(file_index, first_card[s]) : "");
  }
  out += "</ul></div>";

  // GPUs in the order the article first names them, each linking to its first claim.
  std::vector<std::string> gpus;
  std::map<std::string, std::pair<size_t, size_t>> per_gpu;  // first mark, claims
  for (size_t m = 0; m < model.marks.size(); ++m) {
    const std::string& id = model.marks[m].gpu;
    if (id.empty()) continue;
    const auto [it, added] = per_gpu.emplace(id, std::make_pair(m, size_t{0}));
    if (added) gpus.push_back(id);
    if (model.marks[m].claim) ++it->second.second;
  }
  if (!gpus.empty()) {
    out += "<div><h3>GPUs named</h3><ul>";
    for (const std::string& id : gpus) {
      const auto& [mark, n] = per_gpu[id];
      out += "<li><a href=\"#" + mark_id(file_index, mark) + "\">" + html_escape(gpu_name(file, id)) + "</a>";
      if (n > 0) out += " <span class=\"muted\">" + plural(n, "claim", "claims") + "</span>";
      out += "</li>";
    }
    out += "</ul></div>";
  }
  out += "</div>\n";
  return out;
}

}  // namespace reports
