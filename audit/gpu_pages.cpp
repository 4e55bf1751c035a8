// Per-GPU report pages streamed from the history; tested in tests/audit/audit_run_test.cpp and tests/audit/browser/.
#include "audit/gpu_pages.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>

#include "audit/report_style.h"
#include "reports/atomic_write.h"
#include "reports/display_names.h"
#include "reports/html_text.h"

namespace audit {
namespace {

using reports::html_escape;

std::string catalog_value(const catalog::Gpu& gpu, const std::string& field) {
  const auto* v = gpu.field(field);
  if (!v) return "";
  if (!v->is_number()) return v->text();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v->number());
  return v->unit.empty() ? buf : std::string(buf) + " " + v->unit;
}

// One GPU's page while its claims stream by: the head is written when the page opens, a
// source's row when the next source (or GPU) begins.
class GpuPage {
 public:
  GpuPage(const std::string& path, const ClaimGpu& meta, const GpuPagesInput& in)
      : file_(path), meta_(meta), gpu_(in.catalog.find(meta.gpu)) {
    const std::string name = gpu_ ? gpu_->name : meta.gpu;
    std::string head = report_page_head(html_escape(name + ": fields by source"), "") +
                       "<p><a href=\"../index.html\">\xE2\x86\x90 audit run</a></p><h1>" + html_escape(name) +
                       "</h1>\n<p class=\"lead\">What each source said about each field this run, below the catalog; a "
                       "<span class=\"bad\">marked cell</span> disagrees with the catalog.</p>\n"
                       "<div class=\"table-wrap\"><table class=\"fields\"><tr><th>source</th>";
    for (const auto& f : meta.fields) head += "<th>" + html_escape(reports::field_label(f)) + "</th>";
    head += "</tr>\n<tr class=\"catalog\"><th>catalog</th>";
    for (const auto& f : meta.fields) head += "<td>" + html_escape(gpu_ ? catalog_value(*gpu_, f) : "") + "</td>";
    file_.append(head + "</tr>\n");
  }

  void add(const ClaimView& v) {
    if (v.source != source_) {
      flush_row();
      source_ = v.source;
      kind_ = v.source_kind;
    }
    Cell& cell = cells_[v.claim.field];
    if (cell.text.find(v.claim.value) == std::string::npos) cell.text += (cell.text.empty() ? "" : "; ") + v.claim.value;
    cell.flagged = cell.flagged || v.flagged;
  }

  std::optional<core::Error> finish() {
    flush_row();
    file_.append(std::string("</table></div>\n") + report_page_tail());
    return file_.commit();
  }

 private:
  void flush_row() {
    if (source_.empty()) return;
    std::string row = "<tr><th>" + html_escape(source_) +
                      (kind_.empty() ? "" : "<br><span class=\"kind\">" + html_escape(kind_) + "</span>") + "</th>";
    for (const auto& f : meta_.fields) {
      auto it = cells_.find(f);
      bool bad = it != cells_.end() && it->second.flagged;
      row += std::string("<td") + (bad ? " class=\"bad\" title=\"disagrees with the catalog\"" : "") + ">" +
             (it == cells_.end() ? "" : html_escape(it->second.text)) + "</td>";
    }
    file_.append(row + "</tr>\n");
    cells_.clear();
    source_.clear();
  }

  reports::AtomicFile file_;
  const ClaimGpu& meta_;
  const catalog::Gpu* gpu_;
  struct Cell {
    std::string text;      // what the current source said, values joined by "; "
    bool flagged = false;  // a new or open finding of this source names this GPU and field
  };
  std::string source_, kind_;
  std::map<std::string, Cell> cells_;  // field -> cell
};

}  // namespace

std::string report_file_name(const std::string& id) {
  std::string out;
  for (char c : id) out.push_back(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_');
  return out.empty() ? "_" : out;
}

std::optional<core::Error> write_gpu_pages(const std::string& dir, const HistoryStore& db, int64_t run,
                                           const std::vector<ClaimGpu>& gpus, const GpuPagesInput& input) {
  std::unique_ptr<GpuPage> page;
  std::string current;
  std::optional<core::Error> error;
  db.each_claim(run, [&](const ClaimView& v) {
    const ClaimRow& c = v.claim;
    if (c.gpu != current) {
      if (page && (error = page->finish())) return false;
      page.reset();
      current = c.gpu;
      auto meta = std::lower_bound(gpus.begin(), gpus.end(), c.gpu,
                                   [](const ClaimGpu& g, const std::string& id) { return g.gpu < id; });
      if (meta == gpus.end() || meta->gpu != c.gpu) return true;  // no GPU, or an unresolved one
      page = std::make_unique<GpuPage>(dir + "/" + report_file_name(c.gpu) + ".html", *meta, input);
    }
    if (page) page->add(v);
    return true;
  });
  if (!error && page) error = page->finish();
  return error;
}

}  // namespace audit
