// The inline stylesheet of the HTML report; checked by tests/reports/html_report_test.cpp and by eye in headless Chromium.
#pragma once

namespace reports {

// Severity colours are chosen to read on white and to differ for colour-blind readers by
// more than hue: errors are underlined solid, warnings dashed, infos dotted.
inline constexpr const char* kHtmlStyle = R"css(
:root{--error:#b42318;--error-bg:#fee4e2;--warning:#b54708;--warning-bg:#fef0c7;--info:#175cd3;--info-bg:#dbeafe;
--line:#d0d5dd;--muted:#667085;--text:#101828;--code-bg:#f2f4f7}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#f9fafb}
header.page{padding:1.25rem 2rem;background:#fff;border-bottom:1px solid var(--line)}
header.page h1{margin:0 0 .25rem;font-size:1.4rem}
.summary{margin:0;color:var(--muted)}
main{padding:1rem 2rem 2rem}
section.file{background:#fff;border:1px solid var(--line);border-radius:8px;margin:0 0 1.5rem;padding:1rem 1.25rem}
section.file>h2{margin:0 0 .75rem;font-size:1.1rem;word-break:break-all}
section.file>h2 .doc-title{font-weight:normal;color:var(--muted);word-break:normal}
.clean{color:var(--muted);margin:.25rem 0}
.input-error{border-left:4px solid var(--error);background:var(--error-bg);padding:.5rem .75rem;margin:0 0 .75rem;
font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.25rem;align-items:start}
.layout.single{grid-template-columns:minmax(0,1fr)}
@media (max-width:960px){.layout{grid-template-columns:minmax(0,1fr)}.article{position:static;max-height:none}}
.article{border:1px solid var(--line);border-radius:6px;background:#fcfcfd;max-height:85vh;overflow:auto;
position:sticky;top:1rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;padding:.5rem 0}
.line{display:flex}
.line:target{background:#fffbe6}
.ln{flex:0 0 3.5em;padding-right:.75em;text-align:right;color:#98a2b3;user-select:none}
.lt{flex:1;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;padding-right:.75em;tab-size:8}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark a{color:inherit;text-decoration:none}
mark.error{background:var(--error-bg);border-bottom:2px solid var(--error)}
mark.warning{background:var(--warning-bg);border-bottom:2px dashed var(--warning)}
mark.info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
mark.point{padding:0;font-weight:700;border-bottom:none}
mark.point.error{color:var(--error)}
mark.point.warning{color:var(--warning)}
mark.point.info{color:var(--info)}
mark.overlap{box-shadow:inset 0 -5px 0 rgba(16,24,40,.18)}
ol.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:6px;padding:.6rem .85rem;margin:0 0 .75rem;background:#fff}
.finding:target{outline:2px solid var(--text)}
.finding.error{border-left-color:var(--error)}
.finding.warning{border-left-color:var(--warning)}
.finding.info{border-left-color:var(--info)}
.finding .head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline;font-size:13px;color:var(--muted)}
.badge{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.04em;padding:1px 6px;border-radius:4px;color:#fff}
.badge.error{background:var(--error)}
.badge.warning{background:var(--warning)}
.badge.info{background:var(--info)}
.finding .message{margin:.35rem 0;font-weight:600}
code,.snippet{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
code{background:var(--code-bg);padding:0 4px;border-radius:3px;overflow-wrap:anywhere}
.snippet{background:var(--code-bg);border-radius:4px;padding:.4rem .6rem;margin:.4rem 0;overflow-x:auto;white-space:pre}
.snippet .caret{color:#027a48;font-weight:700}
dl.values{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.4rem 0}
dl.values dt{color:var(--muted)}
dl.values dd{margin:0}
.suggestion code{background:#d1fadf}
table.evidence{border-collapse:collapse;width:100%;font-size:13px;margin:.4rem 0 0}
table.evidence th,table.evidence td{border-top:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.evidence th{color:var(--muted);font-weight:600}
.kind{font-weight:600;white-space:nowrap}
.related{margin:.4rem 0 0;font-size:13px}
footer{padding:0 2rem 2rem;color:var(--muted);font-size:12px}
)css";

}  // namespace reports
