// Vendor spec tables out of product pages and datasheets, by site selectors; tested in tests/scrapers/spec_sheet_test.cpp.
#include "scrapers/sites/spec_sheet.h"

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "scrapers/sites/aligned_rows.h"

namespace scrapers {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

// Whitespace collapsed and trimmed: how the HTML reader presents a cell's text.
std::string normalized(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string out = content ? normalized(reinterpret_cast<const char*>(content)) : "";
  xmlFree(content);
  return out;
}

bool class_has(xmlNode* node, const char* word) {
  xmlChar* c = xmlGetProp(node, reinterpret_cast<const xmlChar*>("class"));
  bool has = c && std::string_view(reinterpret_cast<const char*>(c)).find(word) != std::string_view::npos;
  xmlFree(c);
  return has;
}

std::vector<std::string> default_selectors(Site site) {
  switch (site) {
    case Site::nvidia:
      return {"//*[contains(@class,'spec') or contains(@id,'spec')]//table", "//table[count(.//tr[count(td|th)=2]) > 2]"};
    case Site::amd: return {"//*[contains(@class,'field__label')]/.."};
    case Site::intel: return {"//*[contains(@class,'tech-section')]"};
    case Site::generic: return {"//table", "//dl"};
  }
  return {};
}

// The row labels the selected elements hold: first cells of table rows, <dt>s, and the
// label half of the label/value pairs the sites use.
void collect_labels(xmlNode* node, std::set<std::string>& labels) {
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string_view name(reinterpret_cast<const char*>(n->name));
    if (name == "tr") {
      for (xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && (std::string_view(reinterpret_cast<const char*>(c->name)) == "td" ||
                                            std::string_view(reinterpret_cast<const char*>(c->name)) == "th")) {
          labels.insert(node_text(c));
          break;
        }
      }
      continue;
    }
    if (name == "dt" || class_has(n, "field__label") || class_has(n, "tech-label")) {
      labels.insert(node_text(n));
      continue;
    }
    collect_labels(n->children, labels);
  }
}

std::set<std::string> selected_labels(const std::string& html, const std::vector<std::string>& selectors) {
  std::set<std::string> labels;
  std::unique_ptr<xmlDoc, DocFree> tree(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "utf-8",
                                                       HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                                           HTML_PARSE_NOWARNING));
  if (!tree) return labels;
  std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(tree.get()), xmlXPathFreeContext);
  for (const auto& s : selectors) {
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> found(
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(s.c_str()), ctx.get()), xmlXPathFreeObject);
    if (!found || !found->nodesetval) continue;
    for (int i = 0; i < found->nodesetval->nodeNr; ++i) {
      xmlNode* n = found->nodesetval->nodeTab[i];
      if (!n || n->type != XML_ELEMENT_NODE) continue;
      // The element itself may be a row or a label; collect_labels walks siblings, so
      // hand it a detached view: the node alone, then its children.
      xmlNode* next = n->next;
      n->next = nullptr;
      collect_labels(n, labels);
      n->next = next;
    }
  }
  labels.erase("");
  return labels;
}

core::Block heading_for(const core::Document& page, const std::string& hint, std::string& subject) {
  core::Block h;
  h.kind = core::BlockKind::heading;
  h.level = 1;
  if (hint.empty()) {
    for (const auto& b : page.blocks) {
      if (b.kind == core::BlockKind::heading && b.level == 1) {
        h = b;
        h.section = -1;
        subject = b.text;
        return h;
      }
    }
    subject = page.title;
  } else {
    subject = hint;
  }
  // A name the page does not spell out stands for the page as a whole: its first byte.
  h.append_replacement(subject, 0, 0);
  return h;
}

}  // namespace

bool parse_site(std::string_view name, Site& out) {
  if (name == "nvidia") out = Site::nvidia;
  else if (name == "amd") out = Site::amd;
  else if (name == "intel") out = Site::intel;
  else if (name == "generic" || name.empty()) out = Site::generic;
  else return false;
  return true;
}

const char* to_string(Site site) {
  switch (site) {
    case Site::generic: return "generic";
    case Site::nvidia: return "nvidia";
    case Site::amd: return "amd";
    case Site::intel: return "intel";
  }
  return "?";
}

bool valid_xpath(const std::string& expression, std::string* why) {
  std::unique_ptr<xmlXPathCompExpr, decltype(&xmlXPathFreeCompExpr)> compiled(
      xmlXPathCompile(reinterpret_cast<const xmlChar*>(expression.c_str())), xmlXPathFreeCompExpr);
  if (!compiled && why) *why = "not a valid XPath 1.0 expression: " + expression;
  return compiled != nullptr;
}

SpecSheet read_spec_sheet(const core::Document& page, Site site, const std::vector<std::string>& selectors,
                          const std::string& gpu_hint) {
  SpecSheet out;
  out.document.source = page.source;
  out.document.format = page.format;
  out.document.title = page.title;
  out.document.warnings = page.warnings;
  out.document.blocks.push_back(heading_for(page, gpu_hint, out.subject));
  const bool pdf = page.format == "pdf";
  std::set<std::string> labels;
  if (!pdf) labels = selected_labels(page.source.bytes(), selectors.empty() ? default_selectors(site) : selectors);

  int next_table = 0;
  std::map<int, int> table_of;  // page table -> sheet table
  std::set<std::pair<int, int>> kept_rows;
  std::set<std::pair<int, int>> counted;
  int list_rows = 0;
  const auto& blocks = page.blocks;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const core::Block& b = blocks[i];
    if (b.kind == core::BlockKind::table_cell) {
      // A row is kept when its first cell is one of the selected labels (a PDF keeps all).
      if (b.column == 0) {
        bool keep = pdf || labels.count(b.text) > 0;
        if (keep) kept_rows.insert({b.table, b.row});
      }
      if (!kept_rows.count({b.table, b.row})) continue;
      core::Block cell = b;
      if (!table_of.count(b.table)) table_of[b.table] = next_table++;
      cell.table = table_of[b.table];
      cell.section = 0;
      out.document.blocks.push_back(std::move(cell));
      if (counted.insert({b.table, b.row}).second) ++out.rows;
      continue;
    }
    // Label/value lists (AMD, Intel): a label block followed by its value block.
    if (!pdf && labels.count(b.text) && i + 1 < blocks.size() && blocks[i + 1].kind != core::BlockKind::table_cell &&
        blocks[i + 1].kind != core::BlockKind::heading) {
      static constexpr int kListTable = 1 << 20;  // one sheet table for all pairs of the page
      if (!table_of.count(kListTable)) table_of[kListTable] = next_table++;
      core::Block label = b, value = blocks[i + 1];
      label.kind = value.kind = core::BlockKind::table_cell;
      label.table = value.table = table_of[kListTable];
      label.row = value.row = list_rows++;
      label.column = 0;
      value.column = 1;
      label.header = true;
      label.section = value.section = 0;
      out.document.blocks.push_back(std::move(label));
      out.document.blocks.push_back(std::move(value));
      ++out.rows;
      ++i;
    }
  }
  // A datasheet PDF prints its spec table as aligned text columns, not as table cells.
  if (pdf) out.rows += append_aligned_rows(page, out.document, next_table);
  return out;
}

}  // namespace scrapers
