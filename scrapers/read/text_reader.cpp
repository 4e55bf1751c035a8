// Plain-text reader; tested in tests/scrapers/text_reader_test.cpp.
#include "scrapers/read/text_reader.h"

#include "scrapers/read/aligned_columns.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace scrapers::read {
namespace {

struct Line {
  size_t begin = 0;  // first non-space byte
  size_t end = 0;    // after the last non-space byte
  size_t indent = 0;
  bool after_blank = false;  // an empty line precedes it (ends a table)
  std::string_view text;
};

enum class LineKind { list_item, table_row, table_separator, other };

size_t list_marker_length(std::string_view t) {
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') return 2;
  if (t.size() >= 4 && t.substr(0, 4) == "\xE2\x80\xA2 ") return 4;  // "• "
  return 0;
}

bool is_table_separator(std::string_view t) {
  if (t.size() < 3 || t.front() != '|') return false;
  bool dash = false;
  for (char c : t) {
    if (c == '-') dash = true;
    else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
  }
  return dash;
}

LineKind kind_of(const Line& l) {
  if (list_marker_length(l.text) > 0) return LineKind::list_item;
  if (is_table_separator(l.text)) return LineKind::table_separator;
  if (l.text.size() >= 3 && l.text.front() == '|' && l.text.back() == '|') return LineKind::table_row;
  return LineKind::other;
}

size_t code_points(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool looks_like_heading(const Line& l, const Line* next) {
  if (!next || kind_of(l) != LineKind::other) return false;
  std::string_view t = l.text;
  size_t words = 1 + static_cast<size_t>(std::count(t.begin(), t.end(), ' '));
  if (code_points(t) > 60 || words > 8) return false;
  unsigned char first = static_cast<unsigned char>(t.front());
  if (!((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9'))) return false;
  if (std::string_view(".,;:!?").find(t.back()) != std::string_view::npos) return false;
  LineKind nk = kind_of(*next);
  if (nk != LineKind::other) return true;
  std::string_view n = next->text;
  bool sentence = std::string_view(".!?:").find(n.back()) != std::string_view::npos;
  return sentence || code_points(n) > code_points(t) + 20;
}

// Whether `next` continues the prose line `line`: `line` is long enough to have been wrapped
// (a sentence, not a "label: value" line) and stops mid-sentence, and `next` is plain text
// that starts no table, list or heading.
// "[20:06] <b> 3090 has ...", "12:04 PM ...", "<kestrel> ...": each line of a chat log is its
// own message, never the rest of the line above. ("story: 320 compute units" goes on.)
bool starts_message(std::string_view t) {
  constexpr size_t kNickLength = 32;
  if (!t.empty() && t[0] == '<') {
    const size_t close = t.find('>');
    if (close == std::string_view::npos || close < 2 || close > kNickLength + 1 || close + 1 >= t.size() || t[close + 1] != ' ') return false;
    return t.substr(1, close - 1).find_first_of(" <\t") == std::string_view::npos;
  }
  size_t i = !t.empty() && t[0] == '[' ? 1 : 0;
  auto digits = [&](size_t most) {
    size_t n = 0;
    while (i < t.size() && n < most && std::isdigit(static_cast<unsigned char>(t[i]))) ++i, ++n;
    return n;
  };
  if (digits(2) == 0 || i >= t.size() || t[i] != ':') return false;
  ++i;
  if (digits(2) != 2) return false;
  if (i < t.size() && t[i] == ':') ++i, digits(2);
  if (i + 2 < t.size() && t[i] == ' ' && std::toupper(static_cast<unsigned char>(t[i + 2])) == 'M') i += 3;
  if (i < t.size() && t[i] == ']') ++i;
  return i < t.size() && t[i] == ' ';
}

bool wraps_into(const Line& line, const Line& next, const Line* after, bool hard_wrapped) {
  if (next.after_blank || kind_of(next) != LineKind::other) return false;
  // A list item goes on in an indented line ("- ... and the RX 7800 XT" / "  offered ...").
  const LineKind kind = kind_of(line);
  if (kind != LineKind::other && !(kind == LineKind::list_item && next.indent > line.indent)) return false;
  const std::string_view t = line.text;
  const size_t words = 1 + static_cast<size_t>(std::count(t.begin(), t.end(), ' '));
  if (words < 7 || code_points(t) < 36) return false;
  // A page saved as text puts a paragraph on one line: a line that ends its sentence ends it.
  // In a page wrapped at a fixed width a long line is mid-paragraph wherever its sentences end
  // ("... was the sweet spot:" / "HBM2 at 732 GB/s ...").
  if (!hard_wrapped && std::string_view(".!?:;").find(t.back()) != std::string_view::npos) return false;
  if (hard_wrapped && code_points(t) < 48) return false;
  if (t.find("  ") != std::string_view::npos || next.text.find("  ") != std::string_view::npos) return false;  // columns
  if (looks_like_heading(next, after)) return false;
  if (starts_message(next.text)) return false;
  return true;
}

std::vector<Line> split_lines(const std::string& s, size_t begin, size_t end) {
  std::vector<Line> lines;
  size_t pos = begin;
  bool blank = false;
  while (pos < end) {
    size_t nl = s.find('\n', pos);
    size_t stop = nl == std::string::npos || nl > end ? end : nl;
    Line l;
    size_t b = pos, e = stop;
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    l.indent = b - pos;
    l.after_blank = blank;
    l.begin = b;
    l.end = e;
    l.text = std::string_view(s).substr(b, e - b);
    if (e > b) lines.push_back(l);
    blank = e == b;
    pos = stop + 1;
  }
  return lines;
}

void table_cells(BlockBuilder& b, const Line& l, int table, int row) {
  const std::string_view t = l.text;
  int column = 0;
  size_t cell = 1;  // after the leading '|'
  for (size_t i = 1; i < t.size(); ++i) {
    if (t[i] != '|' || t[i - 1] == '\\') continue;
    core::Block proto;
    proto.kind = core::BlockKind::table_cell;
    proto.table = table;
    proto.row = row;
    proto.column = column;
    b.begin(proto);
    b.append_source(l.begin + cell, l.begin + i);
    b.finish();
    ++column;
    cell = i + 1;
  }
}

}  // namespace

void read_text_lines(BlockBuilder& b, const Utf8Scan& scan, size_t begin, size_t end) {
  std::vector<Line> lines = split_lines(scan.clean, begin, end);
  // A page wrapped at a fixed width shows it: several long lines stop mid-sentence.
  size_t mid_sentence = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    mid_sentence += wraps_into(lines[k], lines[k + 1], k + 2 < lines.size() ? &lines[k + 2] : nullptr, false) ? 1 : 0;
  }
  const bool hard_wrapped = mid_sentence >= 3;
  int table = -1;
  int row = 0;
  bool gfm_header = false;
  size_t table_first_block = 0;
  bool first_line = true;
  auto close_table = [&] {
    // Without a GFM header row the first column holds the row labels.
    if (table >= 0 && !gfm_header) {
      auto& blocks = b.document().blocks;
      for (size_t k = table_first_block; k < blocks.size(); ++k) {
        if (blocks[k].table == table && blocks[k].column == 0) blocks[k].header = true;
      }
    }
    table = -1;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    LineKind kind = kind_of(l);
    bool table_line = kind == LineKind::table_row || kind == LineKind::table_separator;
    if (table >= 0 && (l.after_blank || !table_line)) close_table();
    if (kind == LineKind::table_row || (kind == LineKind::table_separator && table >= 0)) {
      if (table < 0) {
        b.finish();
        table = b.allocate_table();
        row = 0;
        gfm_header = false;
        table_first_block = b.document().blocks.size();
      }
      if (kind == LineKind::table_separator) {
        if (row == 1) {
          gfm_header = true;
          for (auto& blk : b.document().blocks) {
            if (blk.table == table && blk.row == 0) blk.header = true;
          }
        }
        continue;  // the separator is markup, not a row
      }
      table_cells(b, l, table, row++);
      first_line = false;
      continue;
    }
    // "Card          Power seen" over "RTX 4090      431 W": columns laid out with spaces are
    // a table (plain-text pages, PDF text), so a figure keeps its column's header.
    if (kind == LineKind::other) {
      const auto header = split_aligned(scan.clean, l.begin - l.indent, l.begin, l.end);
      size_t j = i + 1;
      std::vector<std::vector<AlignedCell>> rows{header};
      while (!header.empty() && j < lines.size() && !lines[j].after_blank && kind_of(lines[j]) == LineKind::other) {
        auto row = split_aligned(scan.clean, lines[j].begin - lines[j].indent, lines[j].begin, lines[j].end);
        if (!columns_align(header, row)) break;
        rows.push_back(std::move(row));
        ++j;
      }
      if (rows.size() >= 2) {
        b.finish();
        table = b.allocate_table();
        gfm_header = false;
        table_first_block = b.document().blocks.size();
        for (size_t r = 0; r < rows.size(); ++r) {
          for (size_t k = 0; k < rows[r].size(); ++k) {
            core::Block cell;
            cell.kind = core::BlockKind::table_cell;
            cell.table = table;
            cell.row = static_cast<int>(r);
            cell.column = static_cast<int>(k);
            b.begin(cell);
            b.append_source(rows[r][k].begin, rows[r][k].end);
            b.finish();
          }
        }
        close_table();
        first_line = false;
        i = j - 1;
        continue;
      }
    }
    core::Block proto;
    size_t text_begin = l.begin;
    if (kind == LineKind::list_item) {
      proto.kind = core::BlockKind::list_item;
      proto.level = 1 + static_cast<int>(l.indent / 2);
      text_begin += list_marker_length(l.text);
    } else if (looks_like_heading(l, i + 1 < lines.size() ? &lines[i + 1] : nullptr)) {
      proto.kind = core::BlockKind::heading;
      proto.level = first_line ? 1 : 2;
    } else {
      proto.kind = core::BlockKind::paragraph;
    }
    b.begin(proto);
    b.append_source(text_begin, l.end);
    // A sentence wrapped over several lines of a text page ("... is the GB206 chip" / "with 8
    // GB of GDDR7.") is one paragraph, as Markdown makes it; short lines ("TDP: 450 W") stay
    // apart.
    if (proto.kind != core::BlockKind::heading) {
      while (i + 1 < lines.size() && wraps_into(lines[i], lines[i + 1], i + 2 < lines.size() ? &lines[i + 2] : nullptr, hard_wrapped)) {
        b.append_replacement(" ", lines[i].end, lines[i + 1].begin);
        b.append_source(lines[i + 1].begin, lines[i + 1].end);
        ++i;
      }
    }
    b.finish();
    first_line = false;
  }
  close_table();
}

core::Result<core::Document> read_text(core::Source source) {
  core::Document doc;
  doc.source = std::move(source);
  doc.format = "text";
  Utf8Scan scan = scan_utf8(doc.source.bytes());
  doc.warnings = utf8_warnings(doc.source, scan);
  BlockBuilder builder(doc, scan);
  read_text_lines(builder, scan, scan.bom, doc.source.size());
  return doc;
}

}  // namespace scrapers::read
