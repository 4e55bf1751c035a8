// The inline stylesheet of the HTML report (light, dark, print, phone); checked by tests/reports/html_report_test.cpp and in headless Chromium.
#pragma once

namespace reports {

// Each verdict has its own colour and, so that colour never carries meaning alone, its own
// icon and underline: refuted solid, inconsistent double, explained dashed, unverifiable
// dotted, supported a thin line. Dark mode swaps the palette, not the shapes. Print lays
// everything out in one column with no scroll boxes, so the whole article and every card
// reach paper.
inline constexpr const char* kHtmlStyle = R"css(
:root{color-scheme:light dark;
--bg:#f9fafb;--panel:#fff;--text:#101828;--muted:#5d6b82;--line:#d0d5dd;--code-bg:#f2f4f7;--focus:#101828;
--refuted:#b42318;--refuted-bg:#fee4e2;--inconsistent:#9e1f63;--inconsistent-bg:#fce7f6;
--supported:#067647;--supported-bg:#dcfae6;--unverifiable:#475467;--unverifiable-bg:#eaecf0;
--explained:#175cd3;--explained-bg:#dbeafe;--warning:#b54708}
@media (prefers-color-scheme:dark){:root{
--bg:#0c111d;--panel:#161b26;--text:#e6e9ef;--muted:#98a2b3;--line:#333b4a;--code-bg:#1f2633;--focus:#e6e9ef;
--refuted:#ff8a7a;--refuted-bg:#4a1a16;--inconsistent:#f49bd6;--inconsistent-bg:#461434;
--supported:#6ce9a6;--supported-bg:#0d3a26;--unverifiable:#c3cad6;--unverifiable-bg:#2c3341;
--explained:#93b8ff;--explained-bg:#162b55;--warning:#fdb022}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--text);background:var(--bg)}
a{color:var(--explained)}
a:focus-visible,mark:target,.card:target,.card:focus,mark.current{outline:3px solid var(--focus);outline-offset:2px}
.keys{margin:.2rem 0 0;font-size:13px;color:var(--muted)}
@media (pointer:coarse){.keys{display:none}}
kbd{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px;border:1px solid var(--line);border-radius:3px;padding:0 .3em;background:var(--code-bg)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--panel);padding:.25rem .5rem;z-index:2}
header.page{padding:1rem 2rem;background:var(--panel);border-bottom:1px solid var(--line)}
header.page h1{margin:0 0 .2rem;font-size:1.35rem}
.summary-line{margin:0;color:var(--muted)}
main{padding:1rem 2rem 2rem}
section.file{background:var(--panel);border:1px solid var(--line);border-radius:8px;margin:0 0 1.5rem;padding:1rem 1.25rem}
section.file>h2{margin:0 0 .5rem;font-size:1.2rem;overflow-wrap:anywhere}
section.file>h2 .path{font-weight:normal;color:var(--muted);font-size:.85em}
.input-error{border-left:4px solid var(--refuted);background:var(--refuted-bg);padding:.5rem .75rem;margin:0 0 .75rem;
font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}
.overview{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:0 0 1rem;padding:.75rem 1rem;border:1px solid var(--line);border-radius:6px}
.overview h3{margin:0 0 .25rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.overview ul{list-style:none;margin:0;padding:0}
.overview li{margin:.1rem 0}
.confirmed{flex-basis:100%;margin:0;font-size:1.05rem}
.count{display:inline-block;min-width:2.2em;text-align:right;font-variant-numeric:tabular-nums;font-weight:600;margin-right:.35em}
.legend{font-size:13px;color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.layout.single{grid-template-columns:minmax(0,1fr)}
.cards-pane{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;padding:2px}
@media (max-width:1100px){.layout{grid-template-columns:minmax(0,1fr)}.cards-pane{position:static;max-height:none;overflow:visible}}
.article{max-width:48rem;overflow-wrap:break-word}
.article h3,.article h4,.article h5,.article h6{line-height:1.25;margin:1.2em 0 .4em}
.article .a-h1{font-size:1.6rem}.article .a-h2{font-size:1.3rem}.article .a-h3{font-size:1.1rem}
.article .a-h4,.article .a-h5,.article .a-h6{font-size:1rem}
.article p{margin:.6em 0}
.article ul{padding-left:1.4em;margin:.4em 0}
.a-code{background:var(--code-bg);padding:.5rem .75rem;border-radius:4px;overflow-x:auto;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;margin:.75em 0}
table.a-table{border-collapse:collapse;font-size:14px}
table.a-table th,table.a-table td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
table.a-table thead th{background:var(--code-bg)}
.page-break{margin:1.5em 0 .5em;padding-top:.5em;border-top:2px dashed var(--line);color:var(--muted);font-size:13px}
.page-break.first{border-top:none;margin-top:0}
.unplaced{margin-top:1.5rem;padding-top:.5rem;border-top:1px solid var(--line)}
.unplaced h4{margin:.2rem 0;font-size:.95rem;color:var(--muted)}
mark{color:inherit;background:none;border-radius:3px;padding:0 2px}
mark.claim{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.claim .tag{font-size:.72em;font-weight:700;vertical-align:super;line-height:1;margin-left:1px;text-decoration:none}
mark.claim a.tag{text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.v-refuted{--c:var(--refuted);--cb:var(--refuted-bg)}
.v-inconsistent{--c:var(--inconsistent);--cb:var(--inconsistent-bg)}
.v-supported{--c:var(--supported);--cb:var(--supported-bg)}
.v-unverifiable{--c:var(--unverifiable);--cb:var(--unverifiable-bg)}
.v-explained{--c:var(--explained);--cb:var(--explained-bg)}
mark.claim{background:var(--cb);text-decoration-color:var(--c)}
mark.claim .tag{color:var(--c)}
mark.v-refuted{text-decoration-style:solid}
mark.v-inconsistent{text-decoration-style:double;text-decoration-thickness:3px}
mark.v-explained{text-decoration-style:dashed}
mark.v-unverifiable{text-decoration-style:dotted}
mark.v-supported{text-decoration-thickness:1px;background:transparent}
.verdict{display:inline-block;font-weight:700;font-size:13px;padding:0 .45em;border-radius:4px;color:var(--c);background:var(--cb);border:1px solid var(--c)}
.verdict .icon{font-weight:700}
ol.cards{list-style:none;margin:0;padding:0}
.card{border:1px solid var(--line);border-left:6px solid var(--c);border-radius:6px;padding:.6rem .85rem;margin:0 0 .85rem;background:var(--panel)}
.card-head{display:flex;flex-wrap:wrap;gap:.35rem .6rem;align-items:baseline;font-size:14px}
.sev{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.sev-error.sev{color:var(--refuted);font-weight:700}
.sev-warning.sev{color:var(--warning);font-weight:700}
.what{font-weight:600}
.card .message{margin:.4rem 0;font-weight:600}
.quote{margin:.35rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);color:var(--muted);font-size:14px}
.quote mark{background:var(--cb);color:var(--text);font-weight:600}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em;background:var(--code-bg);padding:0 4px;border-radius:3px;overflow-wrap:anywhere}
dl.values{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.4rem 0;font-size:14px}
dl.values dt{color:var(--muted)}
dl.values dd{margin:0;overflow-wrap:anywhere}
.suggestion code{background:var(--supported-bg)}
.card{container-type:inline-size}
table.evidence{border-collapse:collapse;width:100%;table-layout:fixed;font-size:13px;margin:.4rem 0 0}
table.evidence caption{text-align:left;font-weight:600;color:var(--muted);padding-bottom:.15rem}
table.evidence th,table.evidence td{border-top:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
table.evidence th:nth-child(-n+3){width:17%}
table.evidence th{color:var(--muted);font-weight:600}
@container (max-width:36rem){table.evidence,table.evidence tbody,table.evidence tr,table.evidence td{display:block;width:auto}
table.evidence thead{display:none}table.evidence tr{border-top:1px solid var(--line);padding:.25rem 0}
table.evidence td{border:none;padding:.05rem .2rem}table.evidence td:empty{display:none}
table.evidence td::before{content:attr(data-label) ": ";color:var(--muted);font-weight:600}}
.muted{color:var(--muted)}
.related{margin:.35rem 0 0;font-size:14px}
.others{margin:.5rem 0 0;font-size:14px;border-top:1px dashed var(--line)}
.others p{margin:.3rem 0}
.others ul{margin:0;padding-left:1.2em}
.card-nav{display:flex;flex-wrap:wrap;gap:1rem;margin-top:.5rem;font-size:13px}
.rule{color:var(--muted);font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;margin-left:auto}
.clean{color:var(--muted)}
footer{padding:0 2rem 2rem;color:var(--muted);font-size:12px}
@media (max-width:640px){main{padding:.5rem}header.page{padding:.75rem 1rem}section.file{padding:.75rem}
.overview{gap:.5rem 1rem}dl.values{grid-template-columns:1fr}dl.values dt{margin-top:.2rem}}
@media print{:root{--bg:#fff;--panel:#fff}
body{font-size:11pt;background:#fff}
.skip,.card-nav,.keys{display:none}
header.page{padding:0 0 .5rem;background:none}main{padding:0}section.file{border:none;padding:0}
.layout{display:block}
.cards-pane{position:static;max-height:none;overflow:visible;margin-top:1.5rem}
.article{max-width:none}
.table-wrap{overflow:visible}
table.a-table{font-size:9pt}
.card{break-inside:avoid}
a{color:inherit;text-decoration:none}
.a-code{white-space:pre-wrap}}
)css";

}  // namespace reports
