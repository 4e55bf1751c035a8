// Builds core::Blocks from source ranges; tested in tests/scrapers/small_parts_test.cpp.
#include "scrapers/read/block_builder.h"

#include <algorithm>

namespace scrapers::read {

void BlockBuilder::begin(const core::Block& prototype) {
  finish();
  core::Block b;
  b.kind = prototype.kind;
  b.level = prototype.level;
  b.table = prototype.table;
  b.row = prototype.row;
  b.column = prototype.column;
  b.column_span = prototype.column_span;
  b.row_span = prototype.row_span;
  b.header = prototype.header;
  open_ = std::move(b);
  strong_depth_ = 0;
}

void BlockBuilder::push(char c, size_t begin, size_t end, bool literal) {
  core::Block& b = *open_;
  if (collapse_ && !literal && is_space(c)) {
    // One space stands for the whole run (or joins the <br> before it); its span grows
    // to cover the run.
    if (!b.text.empty() && (b.text.back() == ' ' || b.text.back() == '\n') && b.ends.back() <= begin) {
      b.ends.back() = static_cast<uint32_t>(end);
      return;
    }
    c = ' ';
  }
  b.text.push_back(c);
  b.starts.push_back(static_cast<uint32_t>(begin));
  b.ends.push_back(static_cast<uint32_t>(end));
}

void BlockBuilder::append_source(size_t begin, size_t end) {
  if (!open_) return;
  const std::string& clean = scan_.clean;
  end = std::min(end, clean.size());
  for (size_t i = begin; i < end; ++i) {
    if (scan_.invalid[i]) {
      for (char c : std::string_view("\xEF\xBF\xBD")) push(c, i, i + 1, true);
    } else {
      push(clean[i], i, i + 1, false);
    }
  }
}

void BlockBuilder::append_replacement(std::string_view text, size_t begin, size_t end) {
  if (!open_) return;
  // A replacement is what the markup means (<br> is a line break): never collapsed.
  for (char c : text) push(c, begin, end, true);
}

void BlockBuilder::append_separator(char c, size_t at) {
  if (!open_ || open_->text.empty()) return;
  char last = open_->text.back();
  if (is_space(last)) return;
  push(c, at, at, true);
}

void BlockBuilder::begin_strong() {
  if (!open_) return;
  if (strong_depth_++ == 0) strong_begin_ = open_->text.size();
}

void BlockBuilder::end_strong() {
  if (!open_ || strong_depth_ == 0) return;
  if (--strong_depth_ == 0 && open_->text.size() > strong_begin_) {
    open_->strong.push_back({static_cast<uint32_t>(strong_begin_), static_cast<uint32_t>(open_->text.size())});
  }
}

bool BlockBuilder::finish() {
  if (!open_) return false;
  if (strong_depth_ > 0) {  // an unclosed <b> ends with its block
    strong_depth_ = 1;
    end_strong();
  }
  core::Block b = std::move(*open_);
  open_.reset();
  size_t lead = 0;
  while (lead < b.text.size() && is_space(b.text[lead])) ++lead;
  size_t keep = b.text.size();
  while (keep > lead && is_space(b.text[keep - 1])) --keep;
  if (keep == lead) return false;
  b.text = b.text.substr(lead, keep - lead);
  b.starts = std::vector<uint32_t>(b.starts.begin() + static_cast<long>(lead), b.starts.begin() + static_cast<long>(keep));
  b.ends = std::vector<uint32_t>(b.ends.begin() + static_cast<long>(lead), b.ends.begin() + static_cast<long>(keep));
  std::vector<core::TextRange> strong;
  for (auto r : b.strong) {
    size_t rb = std::max<size_t>(r.begin, lead) - lead;
    size_t re = std::min<size_t>(r.end, keep);
    re = re > lead ? re - lead : 0;
    // A run is the bold words, not the spaces around them.
    while (rb < re && is_space(b.text[rb])) ++rb;
    while (re > rb && is_space(b.text[re - 1])) --re;
    if (re > rb) {
      if (!strong.empty() && strong.back().end >= rb) {
        strong.back().end = std::max<uint32_t>(strong.back().end, static_cast<uint32_t>(re));
      } else {
        strong.push_back({static_cast<uint32_t>(rb), static_cast<uint32_t>(re)});
      }
    }
  }
  b.strong = std::move(strong);
  b.section = last_heading_;
  doc_.blocks.push_back(std::move(b));
  if (doc_.blocks.back().kind == core::BlockKind::heading) {
    last_heading_ = static_cast<int>(doc_.blocks.size()) - 1;
    if (doc_.title.empty()) doc_.title = doc_.blocks.back().text;
  }
  return true;
}

}  // namespace scrapers::read
