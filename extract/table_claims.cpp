// Table orientation and cell claims; tested in tests/extract/claim_builder_test.cpp.
#include "extract/table_claims.h"

#include <map>

#include <re2/re2.h>

#include "core/text_case.h"

#include "core/field.h"
#include "extract/attribution.h"
#include "extract/enum_values.h"
#include "extract/field_cues.h"
#include "extract/quantity_parser.h"
#include "extract/narrower_field.h"

namespace extract {
namespace {

struct Grid {
  std::map<std::pair<int, int>, size_t> cells;  // (row, column) -> block
  int rows = 0;
  int columns = 0;
};

std::optional<GpuRef> only_gpu(const DocumentContext& ctx, size_t block) {
  std::optional<GpuRef> found;
  for (const auto& m : ctx.mentions(block)) {
    if (m.entry < 0) return std::nullopt;
    GpuRef r = ctx.ref(m, Attribution::table_header);
    if (found && !same_gpu(*found, r)) return std::nullopt;
    found = r;
  }
  return found;
}

void add_cell_claims(const DocumentContext& ctx, size_t block, const std::string& field, const GpuRef& gpu,
                     std::vector<Claim>& out, std::string_view header) {
  const std::optional<core::Unit> unit = header_unit(header);
  // "FP8 (Matrix, sparse)": the row header says which of the twin figures the cells give.
  static const RE2 sparse("(?i)sparsity|sparse");
  static const RE2 dense("(?i)\\bdense\\b");
  // "1,979 TFLOPS (3,958 with sparsity)": words in a bracket that holds another figure are
  // that figure's, and the cell's value is the one outside it.
  std::string cell_words = ctx.doc().blocks[block].text;
  static const RE2 bracketed_figure("\\([^()]*\\d[^()]*\\)");
  RE2::GlobalReplace(&cell_words, bracketed_figure, " ");
  const std::string qualifier_text = std::string(header) + " " + cell_words;
  const bool says_sparse = RE2::PartialMatch(qualifier_text, sparse);
  const bool says_dense = RE2::PartialMatch(qualifier_text, dense) && !says_sparse;
  const auto& b = ctx.doc().blocks[block];
  const Range whole{0, b.text.size()};
  const auto* info = core::find_field(field);
  if (!info) return;
  if (info->type == core::FieldType::text) {
    // "| Bus | 192-bit |": a figure whose unit belongs to a number field is that field's.
    const auto figures = find_quantities(b.text, ctx.number_style());
    if (figures.size() == 1 && figures.front().has_unit) {
      const std::string by_unit = field_for_unit(field, figures.front().quantity);
      if (by_unit != field) {
        add_cell_claims(ctx, block, by_unit, gpu, out, header);
        return;
      }
    }
    // A "Form factor" cell that says "Single-slot" gives the slot width.
    static const RE2 slots("(?i)\\b(?:single|dual|double|triple|quad|[1-4](?:\\.5)?)[- ]slot\\b");
    const std::string cell_field = field == "form_factor" && RE2::PartialMatch(b.text, slots) ? "slot_width" : field;
    EnumValue v = read_cell_value(cell_field, b.text);
    if (v.value.empty()) return;
    Claim c;
    c.field = cell_field;
    c.gpu = gpu;
    c.text_value = v.value;
    place_claim(c, ctx.doc(), block, v.begin, v.end, whole);
    out.push_back(std::move(c));
    // "NVLink 4.0 & PCIe Gen5": a link cell names the host interface too.
    static const RE2 pcie("(?i)\\b(?:pcie|pci express)\\s*(?:gen\\s*\\d|\\d\\.\\d)");
    re2::StringPiece found;
    if (cell_field == "interconnect" && RE2::PartialMatch(b.text, "(?i)(\\b(?:pcie|pci express)\\s*(?:gen\\s*\\d|\\d\\.\\d))", &found) &&
        RE2::PartialMatch(b.text, pcie)) {
      EnumValue host = read_cell_value("interface", std::string_view(found.data(), found.size()));
      if (!host.value.empty()) {
        Claim h;
        h.field = "interface";
        h.gpu = gpu;
        h.text_value = host.value;
        const size_t at = static_cast<size_t>(found.data() - b.text.data());
        place_claim(h, ctx.doc(), block, at, at + found.size(), whole);
        out.push_back(std::move(h));
      }
    }
    return;
  }
  const auto quantities = find_quantities(b.text, ctx.number_style());
  if (quantities.empty() && info->dimension == core::Dimension::count) {
    // "Raytracing Cores | none": a count of zero.
    static const RE2 none("(?i)^\\s*(none|no)\\s*$");
    static const RE2 not_applicable("(?i)^\\s*(n/?a|not applicable)\\s*$");
    if (RE2::FullMatch(b.text, none) || (info->absent_means_zero && RE2::FullMatch(b.text, not_applicable))) {
      Claim c;
      c.field = field;
      c.gpu = gpu;
      c.quantity = core::Quantity{};
      const size_t from = b.text.find_first_not_of(" \t");
      place_claim(c, ctx.doc(), block, from, b.text.find_last_not_of(" \t") + 1, whole);
      out.push_back(std::move(c));
    }
    return;
  }
  // "| Memory Bandwidth | 936 |": a bare figure in a row whose field has one unit is in
  // that unit (the field table's); lengths are left alone (mm or inches?).
  std::optional<core::Unit> row_unit = unit;
  if (!row_unit && !info->unit.empty() && info->dimension != core::Dimension::count && field != "length") {
    row_unit = core::unit_from_symbol(info->unit);
  }
  for (size_t qi = 0; qi < quantities.size(); ++qi) {
    auto q = quantities[qi];
    // "| 7B FP16 ceiling | ~72 tok/s |": a cell that gives its figure a rate of its own is a
    // measurement, whatever the header's words.
    if (!q.has_unit) {
      static const RE2 own_rate("(?i)^\\s*(?:tok(?:en)?s?\\s*/\\s*s|t/s|fps|it/s|img/s|images?/s|samples?/s|ms\\b|s\\b|sec|min|%|x\\b|\\$)");
      const std::string_view rest = std::string_view(b.text).substr(q.end);
      if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), own_rate)) continue;
    }
    // "| Bandwidth | 4 / 4.9 TB/s |": the unit of the figure after a slash or "or" is this one's too.
    if (!q.has_unit && q.quantity.unit == core::Unit::none && qi + 1 < quantities.size() && quantities[qi + 1].has_unit &&
        quantities[qi + 1].begin >= q.end) {
      static const RE2 shared_unit("(?i)^\\s*(?:/|or|,|and)\\s*$");
      std::string_view between = std::string_view(b.text).substr(q.end, quantities[qi + 1].begin - q.end);
      if (RE2::FullMatch(re2::StringPiece(between.data(), between.size()), shared_unit)) {
        q.quantity.unit = quantities[qi + 1].quantity.unit;
        q.has_unit = true;
      }
    }
    // "| Bus width | 8 stacks |": a bare count whose noun names another count field is that one.
    std::string own_field;
    if (!q.has_unit && q.quantity.unit == core::Unit::none) {
      own_field = field_from_context(q.quantity, false, "", std::string_view(b.text).substr(q.end));
      const auto* own = core::find_field(own_field);
      if (!own || own->dimension != core::Dimension::count || own_field == field) own_field.clear();
    }
    if (own_field.empty() && !q.has_unit && row_unit && q.quantity.unit == core::Unit::none) {
      q.quantity.unit = *row_unit;
      q.has_unit = true;
    }
    const std::string f = own_field.empty() ? field_for_unit(field, q.quantity) : own_field;
    if (!unit_fits_field(q.quantity, q.has_unit, f)) continue;
    Claim c;
    c.field = f;
    c.gpu = gpu;
    c.quantity = q.quantity;
    c.says_sparse = says_sparse;
    c.says_dense = says_dense;
    c.narrower_field = narrower_field(f, header);
    place_claim(c, ctx.doc(), block, q.begin, q.end, whole);
    out.push_back(std::move(c));
    if (field == "memory_size") {
      // "256 GB HBM3e": the memory row states the type as well.
      EnumValue t = read_cell_value("memory_type", b.text.substr(q.end));
      static const RE2 kind("\\b(GDDR|HBM|LPDDR)");
      if (!t.value.empty() && RE2::PartialMatch(t.value, kind)) {
        Claim m;
        m.field = "memory_type";
        m.gpu = gpu;
        m.text_value = t.value;
        const size_t at = b.text.find(t.value.substr(0, 4), q.end);
        if (at != std::string::npos) {
          place_claim(m, ctx.doc(), block, at, std::min(b.text.size(), at + t.value.size()), whole);
          out.push_back(std::move(m));
        }
      }
    }
    if (field != "memory_clock") break;  // one value per cell; a clock cell may add its data rate
  }
}

// What titles a key/value table: a first row of one cell across the table ("<th
// colspan=2>NVIDIA A100 40GB</th>") or a short line right before it (an infobox's <caption>,
// a bold "**NVIDIA A100 40GB**" over a Markdown table).
struct TableTitle {
  bool present = false;        // a title names a GPU-like product
  std::optional<GpuRef> gpu;   // the catalog GPU it names, when it names exactly one we know
};

TableTitle title_of(const DocumentContext& ctx, size_t block) {
  TableTitle t;
  const auto& b = ctx.doc().blocks[block];
  // A line in bold over a table is its title even when it names nothing we know.
  const bool bold_line = b.strong.size() == 1 && b.strong.front().begin == 0 && b.strong.front().end >= b.text.size();
  if (ctx.mentions(block).empty() && !bold_line) return t;
  t.present = true;
  if (!ctx.mentions(block).empty()) t.gpu = only_gpu(ctx, block);
  return t;
}

TableTitle table_title(const DocumentContext& ctx, const Grid& g) {
  const auto& blocks = ctx.doc().blocks;
  auto first = g.cells.find({0, 0});
  if (first == g.cells.end()) return {};
  const bool spanning_first_row = g.cells.find({0, 1}) == g.cells.end() || blocks[first->second].column_span >= g.columns;
  if (spanning_first_row) {
    if (auto t = title_of(ctx, first->second); t.present) return t;
  }
  size_t top = first->second;
  for (const auto& [at, block] : g.cells) top = std::min(top, block);
  if (top == 0) return {};
  const auto& before = blocks[top - 1];
  constexpr size_t kTitleLength = 120;  // a caption or a title line, not a paragraph of prose
  if (before.kind != core::BlockKind::paragraph || before.text.size() > kTitleLength) return {};
  return title_of(ctx, top - 1);
}

// "FP64 | FP32 Vector (Peak)": one figure that is both rates (AMD states FP64 = FP32 on CDNA 2).
std::vector<std::string> header_fields(const std::string& field, std::string_view header) {
  static const RE2 fp32("(?i)\\bfp32\\b|single precision");
  static const RE2 vector_or_plain("(?i)matrix|tensor");
  std::vector<std::string> out{field};
  if (field == "fp64_tflops" && RE2::PartialMatch(re2::StringPiece(header.data(), header.size()), fp32) &&
      !RE2::PartialMatch(re2::StringPiece(header.data(), header.size()), vector_or_plain)) {
    out.push_back("fp32_tflops");
  }
  return out;
}

}  // namespace

void add_table_claims(const DocumentContext& ctx, std::vector<Claim>& out) {
  const auto& blocks = ctx.doc().blocks;
  std::map<int, Grid> tables;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const auto& b = blocks[i];
    if (b.kind != core::BlockKind::table_cell || b.table < 0) continue;
    auto& g = tables[b.table];
    g.cells[{b.row, b.column}] = i;
    g.rows = std::max(g.rows, b.row + 1);
    g.columns = std::max(g.columns, b.column + 1);
  }
  for (auto& [id, g] : tables) {
    auto cell = [&](int r, int c) -> std::optional<size_t> {
      auto it = g.cells.find({r, c});
      if (it == g.cells.end()) return std::nullopt;
      return it->second;
    };
    // GPUs across the first row: fields down the first column.
    std::map<int, GpuRef> column_gpu;
    for (int c = 1; c < g.columns; ++c) {
      if (auto h = cell(0, c)) {
        if (auto gpu = only_gpu(ctx, *h)) column_gpu[c] = *gpu;
      }
    }
    // GPUs down a column: the first column, else the first one whose cells name a GPU in most
    // rows ("| Partition | GPU model | Memory per GPU |" in a cluster table).
    std::map<int, GpuRef> row_gpu;
    int key_column = 0;
    for (int k = 0; k < g.columns && row_gpu.empty(); ++k) {
      std::map<int, GpuRef> found;
      for (int r = 1; r < g.rows; ++r) {
        if (auto h = cell(r, k)) {
          if (auto gpu = only_gpu(ctx, *h)) found[r] = *gpu;
        }
      }
      if (k == 0 ? found.empty() : 2 * static_cast<int>(found.size()) < g.rows - 1) continue;
      row_gpu = std::move(found);
      key_column = k;
    }
    if (!column_gpu.empty()) {
      for (int r = 1; r < g.rows; ++r) {
        auto header = cell(r, 0);
        if (!header) continue;
        auto field = field_from_header(blocks[*header].text);
        if (!field || field->empty()) continue;
        for (auto& [c, gpu] : column_gpu) {
          if (auto data = cell(r, c)) {
            for (const auto& f : header_fields(*field, blocks[*header].text)) add_cell_claims(ctx, *data, f, gpu, out, blocks[*header].text);
          }
        }
      }
    } else if (!row_gpu.empty()) {
      for (int c = 0; c < g.columns; ++c) {
        if (c == key_column) continue;
        auto header = cell(0, c);
        if (!header) continue;
        auto field = field_from_header(blocks[*header].text);
        if (!field || field->empty()) continue;
        for (auto& [r, gpu] : row_gpu) {
          if (auto data = cell(r, c)) {
            for (const auto& f : header_fields(*field, blocks[*header].text)) add_cell_claims(ctx, *data, f, gpu, out, blocks[*header].text);
          }
        }
      }
    } else if (g.columns == 2) {
      // A key/value table ("| VRAM | 24 GB |") about its own title, else the section or page
      // subject.
      const TableTitle title = table_title(ctx, g);
      // A title naming a product we do not know (or several) leaves the rows without a GPU:
      // they are not the section's or the page's.
      if (title.present && !title.gpu) continue;
      for (int r = 0; r < g.rows; ++r) {
        auto header = cell(r, 0);
        auto data = cell(r, 1);
        if (!header || !data) continue;
        auto field = field_from_header(blocks[*header].text);
        if (!field || field->empty()) continue;
        std::optional<GpuRef> gpu = title.gpu;
        if (!gpu) gpu = ctx.section_subject(*header);
        if (!gpu) gpu = ctx.single_page_subject();
        if (!gpu) continue;
        for (const auto& f : header_fields(*field, blocks[*header].text)) add_cell_claims(ctx, *data, f, *gpu, out, blocks[*header].text);
      }
    }
  }
}

}  // namespace extract
