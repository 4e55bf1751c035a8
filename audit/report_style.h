// The stylesheet and page frame of the audit report (index and GPU pages); checked in headless Chromium by tests/audit/browser/audit_check.py.
#pragma once
#include <string>

namespace audit {

// Row states keep a tint and a left rule, so the state reads without colour too (the state
// is also a column of its own). Wide tables scroll inside their wrap, never the page.
inline constexpr const char* kReportStyle = R"css(
:root{color-scheme:light dark;--bg:#fff;--text:#101828;--muted:#5d6b82;--line:#d0d5dd;--head:#f2f4f7;
--new:#fee4e2;--new-edge:#b42318;--fixed:#dcfae6;--fixed-edge:#067647;--stale:#fef0c7;--stale-edge:#b54708;--link:#175cd3}
@media (prefers-color-scheme:dark){:root{--bg:#0c111d;--text:#e6e9ef;--muted:#98a2b3;--line:#333b4a;--head:#1f2633;
--new:#4a1a16;--new-edge:#ff8a7a;--fixed:#0d3a26;--fixed-edge:#6ce9a6;--stale:#3d2c0a;--stale-edge:#fdb022;--link:#93b8ff}}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;padding:1.5rem 2rem;
max-width:90rem;color:var(--text);background:var(--bg)}
a{color:var(--link)}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.5rem 0 .3rem}
.lead{margin:0 0 1rem;color:var(--muted)}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:14px}
td,th{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--head)}
td.message{min-width:16rem}td.url{min-width:12rem}
tr.new td:first-child,tr.failed td:first-child,td.bad{box-shadow:inset 4px 0 var(--new-edge)}
tr.fixed td:first-child{box-shadow:inset 4px 0 var(--fixed-edge)}
tr.stale td:first-child{box-shadow:inset 4px 0 var(--stale-edge)}
.new,.failed,.bad{background:var(--new)}.fixed{background:var(--fixed)}.stale{background:var(--stale)}
.waived{color:var(--muted)}.bad{font-weight:bold}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.85em}
.none,.kind{color:var(--muted)}.kind{font-weight:normal;font-size:.85em}
svg.trend{max-width:100%;height:auto;color:var(--text)}
svg.trend text{fill:currentColor}svg.trend line{stroke:var(--muted)}svg.trend circle{fill:var(--new-edge)}
.filters{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;padding:.5rem .75rem;border:1px solid var(--line);
border-radius:6px;margin:1rem 0}
.filters label{font-weight:600}
.filters select{max-width:16rem}
@media (max-width:640px){body{padding:.75rem}}
.gpu-pages{columns:16rem;padding-left:1.2em}
@media print{.filters{display:none}.table-wrap{overflow:visible}body{max-width:none;padding:0;font-size:10pt}
td.url{overflow-wrap:anywhere}td.message{min-width:0}}
)css";

// A page of the report: self-contained, and under a policy that loads and runs nothing, so
// text from a crawled page in a cell cannot either.
// Its two halves, for a page written piece by piece (a long report is never held whole).
inline std::string report_page_head(const std::string& escaped_title, const std::string& extra_css) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src 'none'; form-action 'none'; base-uri 'none'\"><meta name=\"referrer\" content=\"no-referrer\">"
         "<title>" + escaped_title + "</title><style>" + kReportStyle + extra_css + "</style></head><body>\n";
}
inline const char* report_page_tail() { return "</body></html>\n"; }

inline std::string report_page(const std::string& escaped_title, const std::string& extra_css, const std::string& body) {
  return report_page_head(escaped_title, extra_css) + body + report_page_tail();
}

}  // namespace audit
