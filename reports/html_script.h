// The one inline script the HTML report ships (keyboard navigation between findings); exercised in headless Chromium by tests/reports/browser/interaction_check.py.
#pragma once

namespace reports {

// j or n: next finding; k or p: previous. The finding is its card: it takes focus (so a
// screen reader reads it and Tab continues from it) and scrolls into view; where the cards
// sit beside the article the claim's mark is scrolled to as well, so both halves show.
// Keys typed with a modifier, or into a form field, are left alone. The page's CSP allows
// this script by its SHA-256 (csp_hash.h) and nothing else, so article text that escaped
// escaping still could not run; the script reads only the report's own ids and classes.
inline constexpr const char* kHtmlScript = R"js(
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("li.card"));
  if (!cards.length) return;
  var current = -1;
  function indexOf(node) {
    for (; node; node = node.parentNode) {
      var i = cards.indexOf(node);
      if (i >= 0) return i;
    }
    return -1;
  }
  function show(i) {
    var card = cards[i];
    var previous = document.querySelector("mark.current");
    if (previous) previous.classList.remove("current");
    card.focus({preventScroll: true});
    card.scrollIntoView({block: "nearest"});
    var where = card.querySelector("a.where");
    var mark = where && document.getElementById(where.getAttribute("href").slice(1));
    if (mark) {
      mark.classList.add("current");
      var pane = card.closest(".cards-pane");
      if (pane && getComputedStyle(pane).position === "sticky") mark.scrollIntoView({block: "center"});
    }
    current = i;
  }
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var step = {j: 1, n: 1, k: -1, p: -1}[event.key];
    if (!step) return;
    var from = indexOf(document.activeElement);
    if (from < 0 && location.hash) from = indexOf(document.getElementById(location.hash.slice(1)));
    if (from < 0) from = current;
    var to = from < 0 ? (step > 0 ? 0 : cards.length - 1) : from + step;
    if (to < 0 || to >= cards.length) return;
    event.preventDefault();
    show(to);
  });
})();
)js";

}  // namespace reports
