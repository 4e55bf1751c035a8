// Turns a libxml2 HTML tree into Blocks with exact source spans; tested in tests/scrapers/html_reader_test.cpp.
#include "scrapers/read/html_walker.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "scrapers/read/html_content_filter.h"
#include "scrapers/read/table_grid.h"

namespace scrapers::read {
namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

int span_attribute(xmlNode* n, const char* attr, int max) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
  if (!v) return 1;
  long value = std::strtol(reinterpret_cast<const char*>(v), nullptr, 10);
  xmlFree(v);
  // rowspan="0" ("to the end of the group") and junk both read as 1: a wrong guess would
  // shift every later cell, one slot is the honest minimum.
  return value < 1 ? 1 : static_cast<int>(std::min<long>(value, max));
}

// Every non-space byte of the cell text lies in a strong run.
bool entirely_strong(const core::Block& b) {
  for (size_t i = 0; i < b.text.size(); ++i) {
    if (is_space(b.text[i])) continue;
    bool covered = std::any_of(b.strong.begin(), b.strong.end(), [&](const core::TextRange& r) {
      return r.begin <= i && i < r.end;
    });
    if (!covered) return false;
  }
  return !b.text.empty();
}

}  // namespace

void HtmlWalker::walk(xmlNode* node) {
  root_text_ = root_ ? visible_text_length(root_) : 0;
  if (root_ && std::string_view(element_name(root_)) == "body") trailing_parent_ = root_->parent;
  Context ctx;
  for (xmlNode* c = node; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) element(c, ctx);
    else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) text(c, ctx);
  }
  b_.finish();
}

void HtmlWalker::children(xmlNode* node, const Context& ctx) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) element(c, ctx);
    else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) text(c, ctx);
  }
}

void HtmlWalker::open_paragraph_if_needed() {
  if (b_.is_open()) return;
  core::Block p;
  p.kind = core::BlockKind::paragraph;
  b_.begin(p);
}

void HtmlWalker::text(xmlNode* node, const Context& ctx) {
  std::string_view content = node->content ? reinterpret_cast<const char*>(node->content) : "";
  auto pieces = aligner_.align(content);
  if (!pieces) {
    if (ctx.emit && content.find_first_not_of(" \t\r\n\f") != std::string_view::npos) {
      if (unaligned_++ == 0) first_unaligned_ = aligner_.cursor();
    }
    return;
  }
  if (!ctx.emit && !(trailing_parent_ && node->parent == trailing_parent_)) return;
  if (!b_.is_open()) {
    if (content.find_first_not_of(" \t\r\n\f") == std::string_view::npos) return;
    open_paragraph_if_needed();
  }
  for (const auto& p : *pieces) {
    if (p.one_to_one) {
      b_.append_source(p.raw_begin, p.raw_end);
    } else {
      b_.append_replacement(content.substr(p.text_begin, p.text_end - p.text_begin), p.raw_begin, p.raw_end);
    }
  }
}

void HtmlWalker::element(xmlNode* node, const Context& outer) {
  Context ctx = outer;
  std::string_view name = element_name(node);
  if (node == root_ || (trailing_parent_ && node->parent == trailing_parent_ && name != "head" && name != "body")) {
    ctx.emit = true;
  }
  // Script and style bodies are not character data to the aligner either.
  if (name == "script" || name == "style") return;
  if (ctx.emit && node != root_ && drop_chrome_ && is_chrome(node, root_text_)) ctx.emit = false;
  if (!ctx.emit) {
    children(node, ctx);
    return;
  }
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    if (ctx.in_owner) {
      b_.append_separator(' ', aligner_.cursor());
      children(node, ctx);
      b_.append_separator(' ', aligner_.cursor());
      return;
    }
    core::Block h;
    h.kind = core::BlockKind::heading;
    h.level = name[1] - '0';
    b_.begin(h);
    ctx.in_owner = true;
    children(node, ctx);
    b_.finish();
  } else if (name == "dl" && !ctx.in_owner) {
    b_.finish();
    int t = b_.allocate_table();
    int row = -1, column = 0;
    definitions(node, ctx, t, &row, &column);
    b_.finish();
  } else if (one_of(name, {"p", "div", "section", "article", "main", "blockquote", "dd", "dt", "dl", "figure",
                           "figcaption", "address", "header", "center", "details", "summary", "caption",
                           "fieldset", "form", "hgroup", "legend", "body", "tr"})) {
    if (ctx.in_owner) {
      b_.append_separator(' ', aligner_.cursor());
      children(node, ctx);
      b_.append_separator(' ', aligner_.cursor());
      return;
    }
    b_.finish();
    children(node, ctx);
    b_.finish();
  } else if (name == "pre") {
    if (!ctx.in_owner) {
      core::Block code;
      code.kind = core::BlockKind::code;
      b_.begin(code);
      ctx.in_owner = true;
    }
    ctx.preformatted = true;
    b_.set_collapse_whitespace(false);
    children(node, ctx);
    b_.set_collapse_whitespace(!outer.preformatted);
    if (!outer.in_owner) b_.finish();
  } else if (name == "ul" || name == "ol" || name == "menu") {
    b_.finish();
    ctx.list_depth++;
    ctx.in_owner = false;
    children(node, ctx);
    b_.finish();
  } else if (name == "li") {
    core::Block li;
    li.kind = core::BlockKind::list_item;
    li.level = std::max(1, ctx.list_depth);
    b_.begin(li);
    ctx.in_owner = true;
    children(node, ctx);
    b_.finish();
  } else if (name == "table") {
    b_.finish();
    table(node, ctx);
  } else if (name == "br") {
    auto tag = aligner_.next_tag("br");
    if (b_.is_open()) {
      if (tag) b_.append_replacement("\n", tag->first, tag->second);
      else b_.append_separator('\n', aligner_.cursor());
    }
  } else if (name == "hr") {
    b_.finish();
  } else if (name == "strong" || name == "b") {
    open_paragraph_if_needed();
    b_.begin_strong();
    children(node, ctx);
    b_.end_strong();
  } else if (one_of(name, {"img", "input", "video", "audio", "canvas", "picture", "map", "textarea"})) {
    return;  // no article text; alt text and form values are not claims
  } else {
    children(node, ctx);  // inline: a, span, em, code, sup, small, ...
  }
}

void HtmlWalker::table(xmlNode* node, const Context& ctx) {
  int t = b_.allocate_table();
  size_t first_block = b_.document().blocks.size();
  TableGrid grid;
  bool has_th = false;
  rows(node, ctx, t, grid, &has_th);
  b_.finish();
  if (has_th) return;
  auto& blocks = b_.document().blocks;
  std::vector<core::Block*> first_row;
  for (size_t i = first_block; i < blocks.size(); ++i) {
    if (blocks[i].kind == core::BlockKind::table_cell && blocks[i].table == t && blocks[i].row == 0) {
      first_row.push_back(&blocks[i]);
    }
  }
  if (first_row.size() >= 2 && std::all_of(first_row.begin(), first_row.end(), [](core::Block* b) {
        return entirely_strong(*b);
      })) {
    for (core::Block* b : first_row) b->header = true;
  }
}

void HtmlWalker::definitions(xmlNode* node, const Context& ctx, int t, int* row, int* column) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      text(c, ctx);
      continue;
    }
    std::string_view name = element_name(c);
    if (name == "div") {  // HTML allows <div> around each dt/dd group
      definitions(c, ctx, t, row, column);
      continue;
    }
    if (name != "dt" && name != "dd") {
      if (c->type == XML_ELEMENT_NODE) element(c, ctx);
      continue;
    }
    if (name == "dt" || *row < 0) {
      ++*row;
      *column = 0;
    }
    core::Block proto;
    proto.kind = core::BlockKind::table_cell;
    proto.table = t;
    proto.row = *row;
    proto.column = (*column)++;
    proto.header = name == "dt";
    b_.begin(proto);
    Context cc = ctx;
    cc.in_owner = true;
    children(c, cc);
    b_.finish();
  }
}

void HtmlWalker::rows(xmlNode* node, const Context& ctx, int t, TableGrid& grid, bool* has_th) {
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      text(c, ctx);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view name = element_name(c);
    if (name == "thead" || name == "tbody" || name == "tfoot") {
      rows(c, ctx, t, grid, has_th);
    } else if (name == "tr") {
      grid.start_row();
      for (xmlNode* cell = c->children; cell; cell = cell->next) {
        std::string_view cell_name = element_name(cell);
        if (cell_name != "td" && cell_name != "th") {
          if (cell->type == XML_TEXT_NODE) text(cell, ctx);
          else if (cell->type == XML_ELEMENT_NODE) element(cell, ctx);
          continue;
        }
        core::Block proto;
        proto.kind = core::BlockKind::table_cell;
        proto.table = t;
        proto.column_span = span_attribute(cell, "colspan", 1000);
        proto.row_span = span_attribute(cell, "rowspan", 65534);
        proto.row = grid.row();
        proto.column = grid.place(proto.column_span, proto.row_span);
        proto.header = cell_name == "th";
        *has_th = *has_th || proto.header;
        b_.begin(proto);
        Context cc = ctx;
        cc.in_owner = true;
        cc.list_depth = 0;
        children(cell, cc);
        b_.finish();
      }
    } else if (name == "colgroup" || name == "col") {
      continue;
    } else {
      element(c, ctx);
    }
  }
}

}  // namespace scrapers::read
