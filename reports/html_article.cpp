// Article view of the HTML report; tested in tests/reports/html_article_test.cpp and in headless Chromium
// (tests/reports/browser/check-html-report.sh).
#include "reports/html_article.h"

#include <algorithm>
#include <map>

#include "reports/display_names.h"
#include "reports/html_ids.h"
#include "reports/html_text.h"

namespace reports {

namespace {

constexpr uint32_t kNone = static_cast<uint32_t>(-1);

// A mark placed in one block: text offsets [begin, end) at code-point boundaries.
struct Placed {
  size_t mark;
  uint32_t begin;
  uint32_t end;
};

struct Owner {
  uint32_t block = kNone;
  uint32_t index = 0;
};

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Which block byte shows each source byte: one pass over all block text (linear).
std::vector<Owner> owners_of(const core::Document& doc, size_t source_size) {
  std::vector<Owner> owner(source_size);
  for (size_t b = 0; b < doc.blocks.size(); ++b) {
    const core::Block& block = doc.blocks[b];
    for (size_t i = 0; i < block.text.size() && i < block.starts.size() && i < block.ends.size(); ++i) {
      for (size_t s = block.starts[i]; s < block.ends[i] && s < source_size; ++s) {
        if (owner[s].block == kNone) owner[s] = {static_cast<uint32_t>(b), static_cast<uint32_t>(i)};
      }
    }
  }
  return owner;
}

class ArticleWriter {
 public:
  ArticleWriter(const core::FileReport& file, const ReviewModel& model, size_t file_index)
      : file_(file), model_(model), file_index_(file_index) {}

  std::string render() {
    const core::Document* doc = file_.document.get();
    core::Document fallback;
    if (!doc || doc->blocks.empty()) {
      fallback = whole_source_as_code();
      doc = &fallback;
    }
    place_marks(*doc);
    out_ += "<article class=\"article\" aria-label=\"the article\">\n";
    const auto& pages = file_.source->page_starts();
    size_t next_page = 0;
    if (!pages.empty()) out_ += "<p class=\"page-break first\">Page 1</p>\n";
    std::vector<bool> table_done;
    for (size_t b = 0; b < doc->blocks.size(); ++b) {
      const core::Block& block = doc->blocks[b];
      const size_t begin = block.starts.empty() ? 0 : block.starts.front();
      while (next_page < pages.size() && begin >= pages[next_page]) {
        close_lists();
        out_ += "<p class=\"page-break\">Page " + std::to_string(next_page + 2) + "</p>\n";
        ++next_page;
      }
      switch (block.kind) {
        case core::BlockKind::heading: {
          close_lists();
          const int level = std::clamp(block.level, 1, 6);
          const std::string tag = "h" + std::to_string(std::min(6, level + 2));
          out_ += "<" + tag + " class=\"a-h" + std::to_string(level) + "\">";
          text(*doc, b);
          out_ += "</" + tag + ">\n";
          break;
        }
        case core::BlockKind::paragraph:
          close_lists();
          out_ += "<p>";
          text(*doc, b);
          out_ += "</p>\n";
          break;
        case core::BlockKind::list_item: list_item(*doc, b); break;
        case core::BlockKind::table_cell: {
          close_lists();
          if (block.table < 0) {
            out_ += "<p>";
            text(*doc, b);
            out_ += "</p>\n";
            break;
          }
          const size_t t = static_cast<size_t>(block.table);
          if (table_done.size() <= t) table_done.resize(t + 1, false);
          if (!table_done[t]) table(*doc, block.table);
          table_done[t] = true;
          break;
        }
        case core::BlockKind::code:
          close_lists();
          out_ += "<pre class=\"a-code\"><code>";
          text(*doc, b);
          out_ += "</code></pre>\n";
          break;
      }
    }
    close_lists();
    out_ += "</article>\n";
    unplaced();
    return out_;
  }

 private:
  core::Document whole_source_as_code() const {
    core::Document doc;
    core::Block block;
    block.kind = core::BlockKind::code;
    block.append_mapped(file_.source->bytes(), 0);
    doc.blocks.push_back(std::move(block));
    return doc;
  }

  void place_marks(const core::Document& doc) {
    const std::vector<Owner> owner = owners_of(doc, file_.source->size());
    placed_.assign(doc.blocks.size(), {});
    for (size_t m = 0; m < model_.marks.size(); ++m) {
      const core::Span span = model_.marks[m].span;
      Owner first;
      uint32_t last = 0;
      for (size_t s = span.begin; s < span.end && s < owner.size(); ++s) {
        if (owner[s].block == kNone) continue;
        if (first.block == kNone) first = owner[s];
        if (owner[s].block == first.block) last = std::max(last, owner[s].index);
      }
      if (first.block == kNone) {
        unplaced_.push_back(m);
        continue;
      }
      const std::string& t = doc.blocks[first.block].text;
      uint32_t b = first.index, e = last + 1;
      while (b > 0 && continuation(t[b])) --b;
      while (e < t.size() && continuation(t[e])) ++e;
      placed_[first.block].push_back({m, b, e});
    }
    for (auto& list : placed_) {
      std::stable_sort(list.begin(), list.end(), [](const Placed& a, const Placed& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
      });
    }
  }

  std::string title_of(const Mark& mark) const {
    std::string title = std::string(verdict_title(mark.verdict)) + ": ";
    if (mark.group >= 0) {
      title += file_.findings[model_.groups[static_cast<size_t>(mark.group)].lead].message;
    } else {
      title += verdict_meaning(mark.verdict);
      if (!mark.field.empty()) title += " (" + field_label(mark.field);
      if (!mark.gpu.empty()) title += (mark.field.empty() ? " (" : ", ") + gpu_name(file_, mark.gpu);
      if (!mark.field.empty() || !mark.gpu.empty()) title += ")";
    }
    return title;
  }

  void open_mark(size_t m) {
    const Mark& mark = model_.marks[m];
    const char* verdict = core::to_string(mark.verdict);
    out_ += "<mark class=\"claim v-" + std::string(verdict) + "\" id=\"" + mark_id(file_index_, m) +
            "\" data-verdict=\"" + verdict + "\" data-field=\"" + html_escape(mark.field) + "\" data-gpu=\"" +
            html_escape(mark.gpu) + "\"" + (mark.claim ? " data-claim=\"\"" : "") + " title=\"" +
            html_escape(title_of(mark)) + "\">";
  }

  void close_mark(size_t m) {
    const Mark& mark = model_.marks[m];
    const std::string label = std::string("<span class=\"icon\" aria-hidden=\"true\">") + verdict_icon(mark.verdict) +
                              "</span><span class=\"sr\"> " + core::to_string(mark.verdict) + "</span>";
    if (mark.group >= 0) {
      out_ += "<a class=\"tag\" href=\"#" + card_id(file_index_, static_cast<size_t>(mark.group)) + "\">" + label +
              "</a></mark>";
    } else {
      out_ += "<span class=\"tag\">" + label + "</span></mark>";
    }
  }

  // The block's text with marks nested (a mark that would cross its outer one's end is
  // cut there) and strong runs applied inside them.
  void text(const core::Document& doc, size_t b) {
    const core::Block& block = doc.blocks[b];
    std::string shown = block.text;
    if (block.kind != core::BlockKind::code) std::replace(shown.begin(), shown.end(), '\n', ' ');
    std::vector<Placed> marks = placed_[b];
    std::vector<uint32_t> cuts{0, static_cast<uint32_t>(shown.size())};
    for (const auto& p : marks) cuts.insert(cuts.end(), {p.begin, p.end});
    for (const auto& r : block.strong) cuts.insert(cuts.end(), {r.begin, r.end});
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<Placed> open;
    size_t next = 0;
    for (size_t c = 0; c < cuts.size(); ++c) {
      const uint32_t at = std::min<uint32_t>(cuts[c], static_cast<uint32_t>(shown.size()));
      while (!open.empty() && open.back().end <= at) {
        close_mark(open.back().mark);
        open.pop_back();
      }
      while (next < marks.size() && marks[next].begin <= at) {
        Placed p = marks[next++];
        if (!open.empty()) p.end = std::min(p.end, open.back().end);
        open_mark(p.mark);
        if (p.end <= at) {
          close_mark(p.mark);  // empty after clipping: still one element, still linked
          continue;
        }
        open.push_back(p);
      }
      if (c + 1 == cuts.size()) break;
      const uint32_t end = std::min<uint32_t>(cuts[c + 1], static_cast<uint32_t>(shown.size()));
      if (end <= at) continue;
      const bool strong = std::any_of(block.strong.begin(), block.strong.end(),
                                      [&](const core::TextRange& r) { return r.begin <= at && r.end >= end; });
      const std::string piece = html_escape(std::string_view(shown).substr(at, end - at));
      out_ += strong ? "<strong>" + piece + "</strong>" : piece;
    }
    while (!open.empty()) {
      close_mark(open.back().mark);
      open.pop_back();
    }
  }

  void list_item(const core::Document& doc, size_t b) {
    const int level = std::max(1, doc.blocks[b].level);
    if (level > list_depth_) {
      for (; list_depth_ < level; ++list_depth_) out_ += "<ul>";
    } else {
      out_ += "</li>";
      for (; list_depth_ > level; --list_depth_) out_ += "</ul></li>";
    }
    out_ += "<li>";
    text(doc, b);
  }

  void close_lists() {
    if (list_depth_ == 0) return;
    out_ += "</li>";
    for (; list_depth_ > 1; --list_depth_) out_ += "</ul></li>";
    out_ += "</ul>\n";
    list_depth_ = 0;
  }

  void table(const core::Document& doc, int table) {
    std::map<int, std::vector<size_t>> rows;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
      const core::Block& block = doc.blocks[b];
      if (block.kind == core::BlockKind::table_cell && block.table == table) rows[block.row].push_back(b);
    }
    out_ += "<div class=\"table-wrap\"><table class=\"a-table\">";
    // Leading rows of header cells only are the table head; the rest is its body.
    bool head = true;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
      auto& cells = it->second;
      std::stable_sort(cells.begin(), cells.end(),
                       [&](size_t a, size_t c) { return doc.blocks[a].column < doc.blocks[c].column; });
      const bool header_row = std::all_of(cells.begin(), cells.end(), [&](size_t c) { return doc.blocks[c].header; });
      if (it == rows.begin()) out_ += header_row ? "<thead>" : "<tbody>";
      if (head && !header_row) {
        if (it != rows.begin()) out_ += "</thead><tbody>";
        head = false;
      }
      out_ += "<tr>";
      for (size_t c : cells) {
        const core::Block& cell = doc.blocks[c];
        const char* tag = cell.header ? "th" : "td";
        out_ += std::string("<") + tag;
        if (cell.column_span > 1) out_ += " colspan=\"" + std::to_string(cell.column_span) + "\"";
        if (cell.row_span > 1) out_ += " rowspan=\"" + std::to_string(cell.row_span) + "\"";
        out_ += ">";
        text(doc, c);
        out_ += std::string("</") + tag + ">";
      }
      out_ += "</tr>";
    }
    if (!rows.empty()) out_ += head ? "</thead>" : "</tbody>";
    out_ += "</table></div>\n";
  }

  // Marks on bytes no block shows (front matter, a claim inside markup): listed with
  // their line, so every claim is still on the page and every card still has its mark.
  void unplaced() {
    if (unplaced_.empty()) return;
    out_ += "<section class=\"unplaced\"><h4>Claims in parts of the source not shown above</h4><ul>";
    const std::string& bytes = file_.source->bytes();
    for (size_t m : unplaced_) {
      const core::Span span = model_.marks[m].span;
      out_ += "<li>line " + std::to_string(file_.source->position(span.begin).line) + ": ";
      open_mark(m);
      out_ += html_escape(std::string_view(bytes).substr(span.begin, std::min<size_t>(span.size(), 200)));
      close_mark(m);
      out_ += "</li>";
    }
    out_ += "</ul></section>\n";
  }

  const core::FileReport& file_;
  const ReviewModel& model_;
  size_t file_index_;
  std::string out_;
  std::vector<std::vector<Placed>> placed_;
  std::vector<size_t> unplaced_;
  int list_depth_ = 0;
};

}  // namespace

std::string render_article_view(const core::FileReport& file, const ReviewModel& model, size_t file_index) {
  if (!file.source) return {};
  return ArticleWriter(file, model, file_index).render();
}

}  // namespace reports
