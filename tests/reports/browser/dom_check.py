#!/usr/bin/env python3
"""Checks the DOM headless Chromium dumped for a factcheck HTML report; run by check-html-report.sh.

Usage: dom_check.py DUMPED.html CLAIMS.json
Fails (exit 1, one line per problem) unless: the marked claims number the claims factcheck
extracted; every card links to a mark that exists and every mark's tag to a card that exists;
no script, event handler, style attribute, external load or unsafe link is in the page; and
nothing the article tried to run changed the document.
"""
import json
import sys
from html.parser import HTMLParser

LOADING_ATTRS = {"src", "srcset", "data", "poster", "background", "formaction", "action", "xlink:href"}


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict)
        self.title = ""
        self._in_title = False
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self.scripts += 1
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


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
    if dom.scripts:
        problems.append(f"{dom.scripts} <script> elements in the page")
    if "PWNED" in dom.title:
        problems.append("the article's code changed the title")
    for p in problems:
        print(f"{sys.argv[1]}: {p}")
    print(f"{sys.argv[1]}: {len(claim_marks)} marked claims (factcheck extracted {claims}), {len(cards)} cards, "
          f"{len(marks)} marks")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
