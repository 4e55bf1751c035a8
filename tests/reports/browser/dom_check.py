#!/usr/bin/env python3
"""Checks the DOM headless Chromium dumped for a factcheck HTML report; run by check-html-report.sh.

Usage: dom_check.py DUMPED.html CLAIMS.json
Fails (exit 1, one line per problem) unless: the marked claims number the claims factcheck
extracted; every card links to a mark that exists and every mark's tag to a card that exists;
no event handler, style attribute, external load or unsafe link is in the page; the only
script is one inline script whose SHA-256 the page's Content-Security-Policy names, and that
policy allows no other (no 'unsafe-inline' script, no host); and nothing the article tried to
run changed the document.
"""
import base64
import hashlib
import json
import re
import sys
from html.parser import HTMLParser

LOADING_ATTRS = {"src", "srcset", "data", "poster", "background", "formaction", "action", "xlink:href"}


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict)
        self.title = ""
        self._in_title = False
        self._in_script = False
        self.scripts = []  # (attrs, text)
        self.csp = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts.append((dict(attrs), ""))
            self._in_script = True
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content", "")
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_script:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def script_problems(dom):
    """The page may run one inline script of its own, allowed by hash and by nothing looser."""
    problems = []
    if not dom.scripts:
        return problems
    if len(dom.scripts) > 1:
        problems.append(f"{len(dom.scripts)} <script> elements in the page; the report ships one")
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in (dom.csp or "").split(";") if d.strip())
    allowed = directives.get("script-src", "").split()
    if not allowed:
        problems.append("a script in a page whose Content-Security-Policy has no script-src")
    for source in allowed:
        if not re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", source):
            problems.append(f"the CSP's script-src allows {source}, more than one script's hash")
    for attrs, text in dom.scripts:
        if "src" in attrs:
            problems.append(f"a <script src={attrs['src']}>")
        digest = "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
        if digest not in allowed:
            problems.append(f"a <script> whose hash {digest} the CSP does not name: it would not run, or was not ours")
    return problems


def main():
    dom = Dom()
    with open(sys.argv[1], encoding="utf-8") as f:
        dom.feed(f.read())
    with open(sys.argv[2], encoding="utf-8") as f:
        claims = sum(len(file["claims"]) for file in json.load(f)["files"])
    problems = []
    ids = {a["id"] for _, a in dom.elements if "id" in a}
    marks = {a["id"]: a for t, a in dom.elements if t == "mark" and "data-verdict" in a}
    claim_marks = [a for a in marks.values() if "data-claim" in a]
    if len(claim_marks) != claims:
        problems.append(f"{len(claim_marks)} marked claims, but factcheck extracted {claims}")
    for a in marks.values():
        for key in ("data-field", "data-gpu", "id"):
            if key not in a:
                problems.append(f"mark {a.get('id')} lacks {key}")
    cards = [a for t, a in dom.elements if t == "li" and "card" in a.get("class", "").split()]
    card_ids = {a["id"] for a in cards}
    # Every card links to its mark: the card's "where" link points at a mark id.
    where_links = [a["href"][1:] for t, a in dom.elements if t == "a" and "where" in a.get("class", "").split()]
    if len(where_links) != len(cards):
        problems.append(f"{len(cards)} cards but {len(where_links)} links from cards to marks")
    for target in where_links:
        if target not in marks:
            problems.append(f"a card links to #{target}, which is no mark")
    for t, a in dom.elements:
        if t == "a" and "tag" in a.get("class", "").split() and a.get("href", "#")[1:] not in card_ids:
            problems.append(f"a mark links to {a.get('href')}, which is no card")
    for t, a in dom.elements:
        for name, value in a.items():
            if name.startswith("on"):
                problems.append(f"<{t}> carries the event handler {name}")
            if name == "style":
                problems.append(f"<{t}> carries a style attribute")
            if name in LOADING_ATTRS:
                problems.append(f"<{t}> would load {name}={value}")
        if t in ("img", "iframe", "object", "embed", "link", "video", "audio", "source", "svg", "form", "base"):
            problems.append(f"the page holds a <{t}> element")
        href = a.get("href")
        if t == "a" and href and not (href.startswith("#") or href.startswith("https://") or href.startswith("http://")):
            problems.append(f"unsafe link {href}")
        if t == "a" and href and href.startswith("http://127.0.0.1"):
            problems.append(f"a link from the article reached the page: {href}")
        if "data-pwned" in a:
            problems.append(f"the article's code ran: data-pwned={a['data-pwned']}")
        if t == "a" and href and href.startswith("#") and len(href) > 1 and href[1:] not in ids:
            problems.append(f"link to a missing anchor {href}")
    if "default-src 'none'" not in (dom.csp or ""):
        problems.append(f"the page's Content-Security-Policy does not start from default-src 'none': {dom.csp!r}")
    problems += script_problems(dom)
    if "PWNED" in dom.title:
        problems.append("the article's code changed the title")
    for p in problems:
        print(f"{sys.argv[1]}: {p}")
    print(f"{sys.argv[1]}: {len(claim_marks)} marked claims (factcheck extracted {claims}), {len(cards)} cards, "
          f"{len(marks)} marks")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
