#!/usr/bin/env python3
"""Opens the audit report (index.html and a GPU page) in headless Chromium and checks it; run by check-audit-report.sh.

Usage: audit_check.py CHROMIUM REPORT_DIR SCREENSHOT_DIR
Fails (exit 1, one line per problem) unless: both pages render (findings rows, the trend
chart, the GPU's field table with a disagreement marked); each filter menu, alone and with
another, shows exactly the rows of its value and "show all" brings every row back; every
link to a file of the report names a file that exists and every #anchor an element; the
pages run no script and ask the network for nothing but themselves; neither page scrolls
sideways at 1280 or 390 px. Screenshots: index light, dark and the first printed page.
"""
import os
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reports", "browser"))
sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
from cdp import Browser  # noqa: E402

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids, self.scripts = [], set(), 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "script" or any(k.startswith("on") for k in a):
            self.scripts += 1


def check_links(path):
    """Every relative link resolves to a file; every #anchor to an id. Returns the files."""
    parser = Links()
    parser.feed(open(path, encoding="utf-8").read())
    check(parser.scripts == 0, f"{path}: {parser.scripts} scripts or handlers in an audit page")
    files = []
    for href in parser.hrefs:
        url = urlparse(href)
        if url.scheme in ("http", "https"):
            continue
        check(not url.scheme, f"{path}: a link with the scheme {url.scheme}: {href}")
        if url.path:
            target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(url.path)))
            if check(os.path.isfile(target), f"{path}: the link {href} names no file"):
                files.append(target)
        elif url.fragment:
            check(url.fragment in parser.ids, f"{path}: the link {href} names no element")
    return files


ROWS = """(() => [...document.querySelectorAll('tr[data-gpu], tr[data-kind]')].map(r => ({
  gpu: r.dataset.gpu, field: r.dataset.field, kind: r.dataset.kind, findings: !!r.closest('table.findings'),
  shown: r.getClientRects().length > 0})))()"""


def choose(b, axis, value):
    b.eval(f"(() => {{ const s = document.getElementById('filter-{axis}'); s.value = {value!r};"
           " s.dispatchEvent(new Event('change', {bubbles: true})); })()")


def check_filters(b):
    rows = b.eval(ROWS)
    check(all(r["shown"] for r in rows), "index: rows are hidden before any filter is chosen")
    options = b.eval("""Object.fromEntries([...document.querySelectorAll('form.filters select')].map(s =>
      [s.id.replace('filter-', ''), [...s.options].map(o => o.value).filter(v => v)]))""")
    check(set(options) == {"gpu", "field", "kind"}, f"index: filter menus {sorted(options)}, not gpu, field, kind")
    tried = 0
    for axis, values in options.items():
        for value in values:
            choose(b, axis, value)
            shown = b.eval(ROWS)
            for r in shown:
                carries = r.get(axis) is not None
                want = (not carries) or r[axis] == value
                if r["shown"] != want:
                    problems.append(f"index: with {axis} = {value}, a row of {axis} {r.get(axis)} is "
                                    f"{'shown' if r['shown'] else 'hidden'}")
                    break
            check(any(r["shown"] and r.get(axis) == value for r in shown), f"index: {axis} = {value} shows no row")
            choose(b, axis, "")
            tried += 1
    # Two axes at once: only rows matching both stay.
    if options.get("gpu") and options.get("kind"):
        gpu, kind = options["gpu"][0], "vendor" if "vendor" in options["kind"] else options["kind"][0]
        choose(b, "gpu", gpu)
        choose(b, "kind", kind)
        for r in b.eval(ROWS):
            want = r.get("gpu") in (None, gpu) and r.get("kind") in (None, kind)
            if r["shown"] != want:
                problems.append(f"index: with gpu = {gpu} and kind = {kind}, row {r} is wrongly "
                                f"{'shown' if r['shown'] else 'hidden'}")
                break
        b.eval("document.querySelector('form.filters button[type=reset]').click()")
        check(all(r["shown"] for r in b.eval(ROWS)), "index: 'show all' left rows hidden")
    print(f"filters: {tried} values across {len(options)} menus, one combination, and reset checked on {len(rows)} rows")


def check_page(b, path, width):
    b.set_viewport(width, 900)
    url = "file://" + path
    b.navigate(url)
    asked = [u for u in b.requests() if u != url]
    check(not asked, f"{path}: the page asked for {asked}")
    page_w, view_w = b.eval("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    check(page_w <= view_w, f"{path} at {width}px: the page scrolls sideways ({page_w} > {view_w})")


def main():
    chromium, report, shots = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    index = os.path.join(report, "index.html")
    linked = check_links(index)
    gpu_pages = sorted({p for p in linked if os.sep + "gpu" + os.sep in p})
    written = sorted(os.path.join(report, "gpu", f) for f in os.listdir(os.path.join(report, "gpu")))
    check(gpu_pages == written, f"index links {len(gpu_pages)} GPU pages of the {len(written)} written")
    for page in gpu_pages:
        check_links(page)
    with Browser(chromium) as b:
        b.open_page()
        for width in (1280, 390):
            check_page(b, index, width)
        b.set_viewport(1280, 900)
        b.navigate("file://" + index)
        state = b.eval("""({findings: document.querySelectorAll('table.findings tr[data-gpu]').length,
          states: [...new Set([...document.querySelectorAll('table.findings tr[data-gpu]')].map(r => r.className))],
          points: document.querySelectorAll('svg.trend circle').length, sources: document.querySelectorAll('table.sources tr[data-kind]').length})""")
        check(state["findings"] > 0 and {"open", "fixed"} <= set(state["states"]),
              f"index: finding rows {state}; a second run after a fix should show open and fixed ones")
        check(state["points"] == 2, f"index: the trend chart has {state['points']} points after two runs")
        check(state["sources"] > 0, "index: no source rows")
        check_filters(b)
        b.screenshot(os.path.join(shots, "audit-index-light.png"))
        b.dark()
        b.screenshot(os.path.join(shots, "audit-index-dark.png"))
        b.dark(False)
        b.pdf(os.path.join(shots, "audit-index.pdf"))
        # The GPU page with a disagreement: its table, its mark and its way back.
        bad = [p for p in gpu_pages if '<td class="bad"' in open(p, encoding="utf-8").read()]
        if check(bad, "no GPU page marks a disagreement"):
            for width in (1280, 390):
                check_page(b, bad[0], width)
            b.set_viewport(1280, 900)
            b.navigate("file://" + bad[0])
            cells = b.eval("[document.querySelectorAll('table.fields tr').length, document.querySelectorAll('td.bad').length]")
            check(cells[0] > 1 and cells[1] > 0, f"{bad[0]}: {cells[0]} table rows, {cells[1]} marked cells")
            b.screenshot(os.path.join(shots, "audit-gpu-light.png"))
            print(f"gpu page {os.path.basename(bad[0])}: {cells[0] - 2} sources, {cells[1]} disagreements marked")
    if subprocess.run(["sh", "-c", "command -v pdftoppm"], capture_output=True).returncode == 0:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        os.path.join(shots, "audit-index.pdf"), os.path.join(shots, "audit-index-print")], check=True)
    print(f"links: index and {len(gpu_pages)} GPU pages; every file link and anchor resolves")
    for p in problems:
        print(f"FAIL: {p}")
    if not problems:
        print(f"PASS: the audit report renders and filters in Chromium; screenshots in {shots}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
