#!/usr/bin/env python3
"""Drives a factcheck HTML report in headless Chromium: keyboard navigation, layout width, and the CSP; run by check-html-report.sh.

Usage: interaction_check.py CHROMIUM REPORT.html WORK_DIR
Fails (exit 1, one line per problem) unless:
- j/n move focus to the next finding card and k/p to the previous one, the focused card and
  (beside the article) its claim's mark are on screen, the page scrolls on the way down, and
  a key with Ctrl or one past either end moves nothing;
- at 1280 px and at 390 px no element of a finding card reaches past the card, and the page
  itself never scrolls sideways;
- a script inserted into the report after rendering (as article text that escaped escaping
  would be) does not run, while the report's own hashed script still does.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
from cdp import Browser  # noqa: E402

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


STATE = """(() => {
  const a = document.activeElement, cards = [...document.querySelectorAll('li.card')];
  const seen = el => { if (!el) return false; const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; };
  const inPane = el => { const p = el && el.closest('.cards-pane'); if (!p) return true;
    const r = el.getBoundingClientRect(), q = p.getBoundingClientRect(); return r.bottom > q.top && r.top < q.bottom; };
  const mark = document.querySelector('mark.current');
  const pane = document.querySelector('.cards-pane');
  return {focus: a && a.id, index: cards.indexOf(a), cards: cards.length, cardSeen: seen(a) && inPane(a),
          mark: mark && mark.id, markSeen: seen(mark), sticky: !!pane && getComputedStyle(pane).position === 'sticky',
          scroll: scrollY + (pane ? pane.scrollTop : 0)};
})()"""

# Every element inside a card that ends right of the card's padding box, and whether the
# page can scroll sideways; elements drawn in a scroll box of their own count at its edge.
OVERFLOW = """(() => {
  const out = [];
  for (const card of document.querySelectorAll('li.card')) {
    const edge = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).borderRightWidth) + 0.5;
    for (const el of card.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // One line per overflow: the outermost element past the edge, not each of its children.
      const parent = el.parentElement.getBoundingClientRect();
      if (r.right > edge && (el.parentElement === card || parent.right <= edge)) out.push(`${card.id}: <${el.tagName.toLowerCase()} class="${el.className}"> ends at ` +
                                  `${Math.round(r.right)}, the card at ${Math.round(edge)}`);
    }
  }
  const doc = document.documentElement;
  return {cards: document.querySelectorAll('li.card').length, evidence: document.querySelectorAll('table.evidence').length,
          over: out, pageWidth: doc.scrollWidth, viewWidth: doc.clientWidth};
})()"""


def keyboard(b, url, width):
    b.set_viewport(width, 900)
    b.navigate(url)
    s = b.eval(STATE)
    n = s["cards"]
    if not check(n >= 3, f"{width}px: {n} finding cards; the keyboard check needs at least 3"):
        return
    check(not b.console_errors(), f"{width}px: the report's script threw: {b.console_errors()[:1]}")
    start = s["scroll"]
    scrolled = False
    expected = -1
    for key in ["j", "j", "n"] + ["j"] * (n - 3) + ["j", "k", "p"]:
        expected = min(n - 1, expected + 1) if key in "jn" else max(0, expected - 1)
        b.press(key)
        s = b.eval(STATE)
        check(s["index"] == expected, f"{width}px: after '{key}' focus is on {s['focus']!r}, not card {expected + 1}")
        check(s["cardSeen"], f"{width}px: after '{key}' the focused card {s['focus']} is off screen")
        if s["sticky"] and s["mark"]:
            check(s["markSeen"], f"{width}px: after '{key}' the claim {s['mark']} of {s['focus']} is off screen")
        scrolled = scrolled or s["scroll"] != start
    check(scrolled, f"{width}px: walking through {n} findings never scrolled the page or the cards")
    # Back to the first card, then past it: nothing moves.
    for _ in range(n):
        b.press("p")
    b.press("k")
    check(b.eval(STATE)["index"] == 0, f"{width}px: 'k' on the first card moved focus")
    before = b.eval(STATE)["index"]
    b.command("Input.dispatchKeyEvent", {"type": "keyDown", "key": "j", "code": "KeyJ", "windowsVirtualKeyCode": 74,
                                         "modifiers": 2})
    b.command("Input.dispatchKeyEvent", {"type": "keyUp", "key": "j", "code": "KeyJ", "windowsVirtualKeyCode": 74,
                                         "modifiers": 2})
    check(b.eval(STATE)["index"] == before, f"{width}px: Ctrl+J moved focus; keys with a modifier are the browser's")
    print(f"keyboard {width}px: {n} cards walked with j/n and back with k/p")


def layout(b, url, width, shots):
    b.set_viewport(width, 900)
    b.navigate(url)
    o = b.eval(OVERFLOW)
    check(o["evidence"] > 0, f"{width}px: no evidence table to measure")
    for line in o["over"][:10]:
        problems.append(f"{width}px: {line}")
    check(o["pageWidth"] <= o["viewWidth"], f"{width}px: the page scrolls sideways ({o['pageWidth']} > {o['viewWidth']})")
    print(f"layout {width}px: {o['cards']} cards, {o['evidence']} evidence tables, {len(o['over'])} elements past "
          f"their card, page {o['pageWidth']} px wide in a {o['viewWidth']} px window")
    if shots:
        b.screenshot(os.path.join(shots, f"cards-{width}.png"))
    # The measure must be able to fail: a block wider than any card, put into the first one.
    b.eval("(() => { const d = document.createElement('div'); d.style.width = '2000px'; d.textContent = 'x';"
           " document.querySelector('li.card').append(d); })()")
    check(len(b.eval(OVERFLOW)["over"]) == 1, f"{width}px: a 2000 px block in a card was not caught")


def tampered(b, report, work):
    page = open(report, encoding="utf-8").read()
    inserted = ("<script>document.documentElement.setAttribute('data-pwned','inline')</script>"
                "<p id=\"handler\" onclick=\"document.documentElement.setAttribute('data-pwned','handler')\">x</p>")
    path = os.path.join(work, "tampered.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page.replace("<main>", "<main>" + inserted, 1))
    b.set_viewport(1280, 900)
    b.navigate("file://" + path)
    b.eval("document.getElementById('handler').click()")
    check(b.eval("document.documentElement.getAttribute('data-pwned')") is None,
          "a script inserted into the report ran: the CSP lets more than the report's own script run")
    b.press("j")
    check(b.eval(STATE)["index"] == 0, "in the tampered page the report's own script no longer runs")
    print("csp: an inserted inline script and handler were blocked; the report's hashed script ran")


def main():
    chromium, report, work = sys.argv[1:4]
    shots = sys.argv[4] if len(sys.argv) > 4 else None
    url = "file://" + os.path.abspath(report)
    with Browser(chromium) as b:
        b.open_page()
        keyboard(b, url, 1280)
        keyboard(b, url, 390)
        layout(b, url, 1280, shots)
        layout(b, url, 390, shots)
        tampered(b, report, work)
    for p in problems:
        print(f"FAIL: {report}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
