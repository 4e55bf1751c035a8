// Markdown reader through md4c; tested in tests/scrapers/markdown_reader_test.cpp.
#include "scrapers/read/markdown_reader.h"

#include <md4c.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scrapers/read/block_builder.h"
#include "scrapers/read/entity_decode.h"
#include "scrapers/read/front_matter.h"
#include "scrapers/read/html_reader.h"
#include "scrapers/read/markdown_image_attributes.h"
#include "scrapers/read/table_delimiter_rows.h"
#include "scrapers/read/utf8_scan.h"

namespace scrapers::read {
namespace {

// md4c reports text as pointers into the buffer it parses; this is the only place those
// pointers are turned into offsets, so every span is a source span.
class MarkdownBlocks {
 public:
  MarkdownBlocks(BlockBuilder& builder, Utf8Scan& scan, const std::string& parsed, const WidenedRows& widened)
      : b_(builder), scan_(scan), base_(parsed.data()), size_(parsed.size()), widened_(widened) {}

  int enter_block(MD_BLOCKTYPE type, void* detail);
  int leave_block(MD_BLOCKTYPE type);
  int enter_span(MD_SPANTYPE type);
  int leave_span(MD_SPANTYPE type);
  int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size);

 private:
  void begin(core::BlockKind kind, int level);
  void line_break(bool hard);
  void inline_html(std::string_view tag, size_t off);

  void read_html_block();

  BlockBuilder& b_;
  Utf8Scan& scan_;  // HTML blocks inside containers get their "> " prefixes blanked here
  const char* base_;
  size_t size_;
  const WidenedRows& widened_;  // offsets in the parsed copy back to the file
  size_t last_end_ = 0;  // end of the last text that came from the source
  int list_depth_ = 0;
  bool fresh_item_ = false;  // a list item is open and has no text yet
  int image_depth_ = 0;
  int table_ = -1;
  int row_ = -1;
  int column_ = 0;
  bool in_head_ = false;
  bool in_html_ = false;
  size_t html_begin_ = 0;
  size_t html_end_ = 0;
  std::vector<std::pair<size_t, size_t>> html_lines_;
};

// An HTML block inside a list item or block quote has container markup ("> ", the item's
// indentation) between its lines. The lines md4c reports are the HTML; every other byte
// of the block's range is blanked in the reader's copy of the source (not in the Source),
// so libxml2 never sees a '>' that is Markdown and offsets stay those of the file.
void MarkdownBlocks::read_html_block() {
  for (size_t k = 1; k < html_lines_.size(); ++k) {
    for (size_t i = html_lines_[k - 1].second; i < html_lines_[k].first; ++i) {
      char& c = scan_.clean[i];
      if (c != '\n' && c != '\r') c = ' ';
    }
  }
  read_html_range(b_, scan_, html_begin_, html_end_, false);
}

void MarkdownBlocks::begin(core::BlockKind kind, int level) {
  core::Block proto;
  proto.kind = kind;
  proto.level = level;
  b_.begin(proto);
  fresh_item_ = false;
}

int MarkdownBlocks::enter_block(MD_BLOCKTYPE type, void* detail) {
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      b_.finish();  // a nested list ends the text of the item that holds it
      fresh_item_ = false;
      ++list_depth_;
      break;
    case MD_BLOCK_LI:
      begin(core::BlockKind::list_item, std::max(1, list_depth_));
      fresh_item_ = true;
      break;
    case MD_BLOCK_P:
      // The first paragraph of a loose list item is the item's own text.
      if (fresh_item_ && b_.is_open()) {
        fresh_item_ = false;
      } else {
        begin(core::BlockKind::paragraph, 0);
      }
      break;
    case MD_BLOCK_H:
      begin(core::BlockKind::heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
      break;
    case MD_BLOCK_CODE:
      begin(core::BlockKind::code, 0);
      break;
    case MD_BLOCK_HTML:
      b_.finish();
      in_html_ = true;
      html_begin_ = size_;
      html_end_ = 0;
      html_lines_.clear();
      break;
    case MD_BLOCK_TABLE:
      b_.finish();
      table_ = b_.allocate_table();
      row_ = -1;
      break;
    case MD_BLOCK_THEAD: in_head_ = true; break;
    case MD_BLOCK_TBODY: in_head_ = false; break;
    case MD_BLOCK_TR:
      ++row_;
      column_ = 0;
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
      core::Block proto;
      proto.kind = core::BlockKind::table_cell;
      proto.table = table_;
      proto.row = row_;
      proto.column = column_++;
      proto.header = in_head_;
      b_.begin(proto);
      fresh_item_ = false;
      break;
    }
    case MD_BLOCK_HR:
      b_.finish();
      break;
    default:
      break;
  }
  return 0;
}

int MarkdownBlocks::leave_block(MD_BLOCKTYPE type) {
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      b_.finish();
      --list_depth_;
      break;
    case MD_BLOCK_HTML:
      in_html_ = false;
      if (html_end_ > html_begin_) read_html_block();
      break;
    case MD_BLOCK_LI:
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
    case MD_BLOCK_TABLE:
      b_.finish();
      fresh_item_ = false;
      break;
    default:
      break;
  }
  return 0;
}

int MarkdownBlocks::enter_span(MD_SPANTYPE type) {
  if (type == MD_SPAN_STRONG) b_.begin_strong();
  if (type == MD_SPAN_IMG) ++image_depth_;
  return 0;
}

int MarkdownBlocks::leave_span(MD_SPANTYPE type) {
  if (type == MD_SPAN_STRONG) b_.end_strong();
  if (type == MD_SPAN_IMG) --image_depth_;
  return 0;
}

void MarkdownBlocks::line_break(bool hard) {
  const std::string& src = scan_.clean;
  size_t nl = src.find('\n', last_end_);
  if (nl == std::string::npos) return;
  size_t begin = nl > 0 && src[nl - 1] == '\r' ? nl - 1 : nl;
  // A hard break also owns what made it hard (two trailing spaces or a backslash).
  if (hard) begin = std::min(begin, last_end_);
  b_.append_replacement("\n", begin, nl + 1);
  last_end_ = nl + 1;
}

void MarkdownBlocks::inline_html(std::string_view tag, size_t off) {
  std::string lower;
  for (char c : tag) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto is = [&](std::string_view name) {
    return lower.compare(0, name.size(), name) == 0 &&
           (lower.size() == name.size() || !std::isalnum(static_cast<unsigned char>(lower[name.size()])));
  };
  if (is("<br")) b_.append_replacement("\n", off, off + tag.size());
  else if (is("<strong") || is("<b")) b_.begin_strong();
  else if (is("</strong") || is("</b")) b_.end_strong();
}

int MarkdownBlocks::text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
  bool in_source = text >= base_ && text + size <= base_ + size_;
  size_t off = in_source ? widened_.original(static_cast<size_t>(text - base_)) : last_end_;
  if (in_html_) {
    if (in_source) {
      html_begin_ = std::min(html_begin_, off);
      html_end_ = std::max(html_end_, off + size);
      html_lines_.emplace_back(off, off + size);
    }
    return 0;
  }
  if (image_depth_ > 0) return 0;
  if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
    line_break(type == MD_TEXT_BR);
    return 0;
  }
  if (!in_source) {
    // md4c's own strings: the newline after a code line, indentation it re-creates.
    if (std::string_view(text, size) == "\n") line_break(false);
    else b_.append_replacement(std::string_view(text, size), off, off);
    return 0;
  }
  switch (type) {
    case MD_TEXT_ENTITY: {
      auto decoded = decode_entity(std::string_view(text, size));
      if (decoded && decoded->length == size) b_.append_replacement(decoded->text, off, off + size);
      else b_.append_source(off, off + size);
      break;
    }
    case MD_TEXT_NULLCHAR:
      b_.append_replacement("\xEF\xBF\xBD", off, off + size);
      break;
    case MD_TEXT_HTML:
      inline_html(std::string_view(text, size), off);
      break;
    default:
      b_.append_source(off, off + size);
      break;
  }
  last_end_ = off + size;
  return 0;
}

}  // namespace

core::Result<core::Document> read_markdown(core::Source source) {
  core::Document doc;
  doc.source = std::move(source);
  doc.format = "markdown";
  Utf8Scan scan = scan_utf8(doc.source.bytes());
  doc.warnings = utf8_warnings(doc.source, scan);
  size_t start = scan.bom;
  if (auto fm = read_front_matter(scan.clean)) {
    start = fm->end;
    doc.title = fm->title;
  }
  std::string parsed = scan.clean;
  blank_image_attributes(parsed);
  const WidenedRows widened = WidenedRows::widen(parsed, start);
  BlockBuilder builder(doc, scan);
  MarkdownBlocks blocks(builder, scan, parsed, widened);

  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* u) { return static_cast<MarkdownBlocks*>(u)->enter_block(t, d); };
  parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return static_cast<MarkdownBlocks*>(u)->leave_block(t); };
  parser.enter_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<MarkdownBlocks*>(u)->enter_span(t); };
  parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return static_cast<MarkdownBlocks*>(u)->leave_span(t); };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<MarkdownBlocks*>(u)->text(t, s, n);
  };
  int rc = md_parse(parsed.data() + start, static_cast<MD_SIZE>(parsed.size() - start), &parser, &blocks);
  builder.finish();
  if (rc != 0) {
    return core::Error{core::ErrorCode::parse, "Markdown parser failed", {doc.source.name()}};
  }
  return doc;
}

}  // namespace scrapers::read
