// Who a block is about: mentions, bold leads, section and page subjects; tested in tests/extract/claim_builder_test.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/claim.h"
#include "extract/entity_matcher.h"
#include "extract/quantity_parser.h"
#include "extract/sentences.h"

namespace extract {

class DocumentContext {
 public:
  DocumentContext(const core::Document& doc, const EntityMatcher& matcher);

  const core::Document& doc() const { return doc_; }
  // How the page writes its numbers, read once from all of its text.
  NumberStyle number_style() const { return number_style_; }
  const std::vector<Mention>& mentions(size_t block) const { return mentions_[block]; }
  // Mentions of a block whose begin lies in `range` (a sentence), found by binary search.
  std::span<const Mention> mentions_in(size_t block, const Range& range) const { return in_range(mentions_[block], range); }
  // The block's sentences, split once.
  const std::vector<Range>& sentences(size_t block) const { return sentences_[block]; }
  GpuRef ref(const Mention& m, Attribution how) const;
  // Like ref(), and an unresolved name keeps its text so the claim can say what was not known.
  GpuRef mention_ref(size_t block, const Mention& m, Attribution how) const;

  // The GPUs the page is about: title, else first heading, else first block.
  const std::vector<GpuRef>& page_subjects() const { return page_subjects_; }
  // A bold lead at the start of a block ("**NVIDIA L4**:", "**CUDA Cores**:"): its text range.
  std::optional<Range> lead(size_t block) const;
  // The GPU named by the block's own bold lead.
  std::optional<GpuRef> lead_subject(size_t block) const;
  // The nearest heading (or bold-only paragraph acting as one) above that names one GPU.
  // "- GPU: NVIDIA H100 SXM5 / - Memory: 80 GB": the GPU an earlier item of the same list
  // names under a "GPU" / "Model" / "Card" lead is what the later items are about.
  std::optional<GpuRef> list_subject(size_t block) const;
  std::optional<GpuRef> section_subject(size_t block) const;
  // The one subject when the page has exactly one.
  std::optional<GpuRef> single_page_subject() const;
  // The other side of a comparison made about `subject` ("(72 W vs 285 W)").
  std::optional<GpuRef> counterpart(const GpuRef& subject) const;
  // Every GPU name that did not resolve to the catalog.
  std::vector<std::string> unresolved() const;

 private:
  const core::Document& doc_;
  const EntityMatcher& matcher_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<std::vector<Range>> sentences_;
  std::vector<GpuRef> page_subjects_;
  NumberStyle number_style_;
  std::vector<std::optional<GpuRef>> list_subjects_;
  void find_list_subjects();
  std::vector<GpuRef> distinct(size_t block) const;
  bool is_bold_paragraph(size_t block) const;
  void resolve_by_generation();
  void resolve_suffix_nicknames();
};

bool same_gpu(const GpuRef& a, const GpuRef& b);
// Appends the catalog ids a reference names (a family's members, else its own id), each once.
void add_ids(const GpuRef& r, std::vector<std::string>& out);

}  // namespace extract
